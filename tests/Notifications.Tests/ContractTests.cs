using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Notifications.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class ContractTests(InfrastructureFixture infrastructure)
    : ServiceContractTests<Program>(infrastructure, "notificationsdb", "notificationsdb", "rabbitmq", "redis");
