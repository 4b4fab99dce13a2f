using System.Net.Http.Json;
using RenminDaibiao.AppHost;
using RenminDaibiao.AppHost.Hosting;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.TestSupport;

/// <summary>
/// The whole platform, started by the same application model the AppHost runs, in a throw-away data
/// directory, with the gateway on a free port. Tests talk to it only through the gateway.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = TestDirectories.NewDataDirectory();
    private readonly StringWriter _output = new();
    private DistributedApplication? _app;

    public Uri GatewayAddress { get; private set; } = null!;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("the platform has not started");

    /// <summary>What the AppHost printed: the resource table and lifecycle lines, for failure messages.</summary>
    public string Output => _output.ToString();

    public async Task InitializeAsync()
    {
        var options = new DistributedApplicationOptions
        {
            DataDirectory = _dataDirectory,
            Output = TextWriter.Synchronized(_output),
            Args = ["--Gateway:Port=0", $"--Parameters:token-signing-key={TestTokens.SigningKey}"],
        };
        _app = PlatformModel.Declare(options, seedDemoData: false).Build();
        await _app.StartAsync();
        GatewayAddress = new Uri(_app.GetResource<ProjectResource>("gateway").Url!);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        TestDirectories.Delete(_dataDirectory);
    }

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

    private sealed record TokenResponse(string AccessToken);
}
