using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RenminDaibiao.ServiceDefaults.Authentication;
using Xunit;

namespace RenminDaibiao.TestSupport;

/// <summary>
/// The whole platform, started with Aspire.Hosting.Testing from the AppHost project itself, in a throw-away
/// data directory, with the gateway on a free port. Tests talk to it only through the gateway, and read the
/// platform's telemetry from <see cref="Telemetry"/>, the OTLP collector every project exports to.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private readonly string _dataDirectory = TestDirectories.NewDataDirectory();
    private DistributedApplication? _app;
    private FileStream? _machineLock;

    public Uri GatewayAddress { get; private set; } = null!;

    public OtlpCollector Telemetry { get; } = new();

    public DistributedApplication App => _app ?? throw new InvalidOperationException("the platform has not started");

    public async Task InitializeAsync()
    {
        _machineLock = await MachineWidePlatformLock.AcquireAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [
                "--Gateway:Port=0", "--Demo:Enabled=false", $"--DataDirectory={_dataDirectory}",
                "--LocalServers:NoDurability=true", $"--Parameters:token-signing-key={TestTokens.SigningKey}",
            ]);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        await Telemetry.StartAsync();
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            // Set after the AppHost's own OTLP settings (the dashboard's), so these win; exported every half second.
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", Telemetry.Endpoint.ToString().TrimEnd('/'))
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_SERVICE_NAME", project.Name)
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "500")
                .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "500");
        }

        _app = await builder.BuildAsync();

        using var timeout = new CancellationTokenSource(StartTimeout);
        await _app.StartAsync(timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        GatewayAddress = _app.GetEndpoint("gateway", "http");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Telemetry.DisposeAsync();

        TestDirectories.Delete(_dataDirectory);
        _machineLock?.Dispose();
    }

    /// <summary>Stops a resource (a server, a service) as an operator would from the dashboard.</summary>
    public Task StopResourceAsync(string name) => ResourceControl.StopAsync(App, Resource(name));

    /// <summary>Starts a stopped resource again (same ports, same data) and waits until it is healthy.</summary>
    public Task StartResourceAsync(string name) => ResourceControl.StartAsync(App, Resource(name));

    /// <summary>The connection string the AppHost gives services for <paramref name="name"/> (a database, a server).</summary>
    public async Task<string> ConnectionStringAsync(string name) =>
        await App.GetConnectionStringAsync(name) ?? throw new InvalidOperationException($"{name} has no connection string");

    /// <summary>A client of the gateway, anonymous or carrying a token for <paramref name="subject"/>.</summary>
    public HttpClient CreateClient(TokenSubject? subject = null)
    {
        var client = new HttpClient { BaseAddress = GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        return subject is null ? client : client.WithToken(subject);
    }

    /// <summary>A client logged in through POST /api/auth/token with a real account.</summary>
    public async Task<HttpClient> LoginAsync(string userName, string password)
    {
        var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token!.AccessToken);
        return client;
    }

    private IResource Resource(string name) =>
        App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(resource => resource.Name == name);

    private sealed record TokenResponse(string AccessToken);
}
