using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Identity.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class ContractTests(InfrastructureFixture infrastructure)
    : ServiceContractTests<Program>(infrastructure, "identitydb", "identitydb");
