using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deputies.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class ContractTests(InfrastructureFixture infrastructure)
    : ServiceContractTests<Program>(infrastructure, "deputiesdb", "deputiesdb", "rabbitmq");
