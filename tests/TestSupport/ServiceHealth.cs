using System.Text.Json;
using Xunit;

namespace RenminDaibiao.TestSupport;

public static class ServiceHealth
{
    /// <summary>
    /// Waits until the service's /health answers ready (the bus connects in the background after start-up),
    /// then asserts that each named dependency is reported healthy.
    /// </summary>
    public static async Task AssertReadyWithAsync(HttpClient client, params string[] dependencies)
    {
        var report = "";
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
        foreach (var dependency in dependencies)
        {
            Assert.Equal("Healthy", entries.GetProperty(dependency).GetProperty("status").GetString());
        }
    }
}
