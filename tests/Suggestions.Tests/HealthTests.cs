using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Suggestions.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class HealthTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly ServiceFactory<Program> _service = new(infrastructure, "suggestionsdb");

    [Fact]
    public async Task Health_reports_each_server_the_service_depends_on_as_healthy()
    {
        using var client = _service.CreateClient();

        await ServiceHealth.AssertReadyWithAsync(client, "suggestionsdb", "rabbitmq", "redis");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}
