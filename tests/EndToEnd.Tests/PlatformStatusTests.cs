using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>What the dashboard's resource table shows an operator: every resource up, the gateway healthy.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformStatusTests(PlatformFixture platform)
{
    [Fact]
    public async Task Every_resource_is_running_and_healthy_and_the_gateway_reports_healthy()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var model = platform.App.Services.GetRequiredService<DistributedApplicationModel>();
        var expected = new[]
        {
            "postgres", "identitydb", "deputiesdb", "stationsdb", "suggestionsdb", "votingdb", "notificationsdb",
            "rabbitmq", "rabbitmq-epmd", "redis",
            "identity", "deputies", "stations", "suggestions", "voting", "notifications", "gateway", "portal",
        };
        Assert.Empty(expected.Except(model.Resources.Select(resource => resource.Name)));

        // Aspire's own hidden helpers (a project's "-rebuilder") are not part of the platform.
        foreach (var resource in model.Resources.Where(resource => expected.Contains(resource.Name) || resource.Name.EndsWith("-init", StringComparison.Ordinal)))
        {
            if (resource.Name.EndsWith("-init", StringComparison.Ordinal))
            {
                // The one-shot initdb of a fresh data directory.
                var done = await platform.App.ResourceNotifications.WaitForResourceAsync(
                    resource.Name, update => KnownResourceStates.TerminalStates.Contains(update.Snapshot.State?.Text), timeout.Token);
                Assert.Equal(0, done.Snapshot.ExitCode);
                continue;
            }

            var update = await platform.App.ResourceNotifications.WaitForResourceAsync(
                resource.Name,
                update => update.Snapshot.State?.Text == KnownResourceStates.Running
                          && (update.Snapshot.HealthStatus is null or Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy),
                timeout.Token);
            Assert.Equal(KnownResourceStates.Running, update.Snapshot.State?.Text);
        }

        using var client = platform.CreateClient();
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
