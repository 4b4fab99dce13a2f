using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Suggestions.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class ContractTests(InfrastructureFixture infrastructure)
    : ServiceContractTests<Program>(infrastructure, "suggestionsdb", "suggestionsdb", "rabbitmq");
