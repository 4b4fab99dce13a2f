using Microsoft.AspNetCore.SignalR.Client;

namespace RenminDaibiao.Portal.Platform;

/// <summary>
/// The signed-in person's notifications as they arrive: one connection per circuit to the Notifications hub
/// through the gateway, with the session's access token. Every open component of the circuit listens to it.
/// </summary>
public sealed class NotificationFeed(PlatformClient platform, IConfiguration configuration, ILogger<NotificationFeed> logger) : IAsyncDisposable
{
    private const string HubPath = "/api/notifications/hub";
    private readonly SemaphoreSlim _starting = new(1, 1);
    private HubConnection? _connection;

    public event Func<InboxItem, Task>? Received;

    /// <summary>The unread count changed by the person's own doing (messages marked read); carries the new count.</summary>
    public event Func<int, Task>? UnreadChanged;

    /// <summary>Tells every open component of the circuit (the header's badge) the unread count after messages were read.</summary>
    public async Task AnnounceUnreadAsync(int unread)
    {
        if (UnreadChanged is { } handlers)
        {
            await handlers(unread);
        }
    }

    /// <summary>Connects once per circuit; true when new notifications will arrive live.</summary>
    public async Task<bool> StartAsync(CancellationToken cancellationToken)
    {
        await _starting.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not null)
            {
                return _connection.State == HubConnectionState.Connected;
            }

            _connection = new HubConnectionBuilder()
                .WithUrl(new Uri(GatewayAddress(), HubPath), options => options.AccessTokenProvider = () => platform.AccessTokenAsync(CancellationToken.None))
                .WithAutomaticReconnect()
                .Build();
            _connection.On<InboxItem>("notification", async item =>
            {
                if (Received is { } handlers)
                {
                    await handlers(item);
                }
            });
            await _connection.StartAsync(cancellationToken);
            return true;
        }
        catch (HttpRequestException exception)
        {
            // The page still works without the live feed; the counts are right on the next load.
            logger.LogWarning(exception, "The notifications hub could not be reached");
            return false;
        }
        finally
        {
            _starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _starting.Dispose();
    }

    /// <summary>The hub client opens its own connections, so it needs the gateway's address itself, not a service name.</summary>
    private Uri GatewayAddress() =>
        new(configuration["services:gateway:http:0"] ?? configuration["Portal:GatewayUrl"] ?? "http://localhost:8080");
}
