using System.Text.Json;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Voting.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class HealthTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly ServiceFactory<Program> _service = new(infrastructure, "votingdb");

    [Fact]
    public async Task Health_reports_each_server_the_service_depends_on_as_healthy()
    {
        using var client = _service.CreateClient();
        var report = "";

        // The bus connects in the background after start-up; readiness must follow within seconds.
        await Eventually.HoldsAsync(
            async () =>
            {
                using var response = await client.GetAsync("/health");
                report = await response.Content.ReadAsStringAsync();
                return response.IsSuccessStatusCode;
            },
            "the service reports ready");

        using var body = JsonDocument.Parse(report);
        var entries = body.RootElement.GetProperty("entries");
        foreach (var dependency in new[] { "votingdb", "rabbitmq", "redis" })
        {
            Assert.Equal("Healthy", entries.GetProperty(dependency).GetProperty("status").GetString());
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}
