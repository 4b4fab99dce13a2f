using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class ContractTests(InfrastructureFixture infrastructure)
    : ServiceContractTests<Program>(infrastructure, "stationsdb", "stationsdb", "rabbitmq", "redis");
