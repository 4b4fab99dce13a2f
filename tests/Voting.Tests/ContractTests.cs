using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Voting.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class ContractTests(InfrastructureFixture infrastructure)
    : ServiceContractTests<Program>(infrastructure, "votingdb", "votingdb", "rabbitmq");
