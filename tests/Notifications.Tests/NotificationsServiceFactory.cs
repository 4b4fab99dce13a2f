using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.Contracts;
using RenminDaibiao.Notifications.Apis;
using RenminDaibiao.Notifications.Infrastructure.Channels;
using RenminDaibiao.Notifications.Infrastructure;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>
/// The Notifications service in process on the real servers, with a file sink of its own, fast polling, and
/// optionally the database of another instance (a restart, or a second instance behind the same database).
/// </summary>
public sealed class NotificationsServiceFactory : ServiceFactory<Program>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string? _sharedDatabase;

    public NotificationsServiceFactory(
        InfrastructureFixture infrastructure, IReadOnlyDictionary<string, string?>? settings = null, NotificationsServiceFactory? sameDatabaseAs = null)
        : base(infrastructure, "notificationsdb")
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _sharedDatabase = sameDatabaseAs?.DatabaseConnectionString;
        FileSinkDirectory = sameDatabaseAs?.FileSinkDirectory ?? TestDirectories.NewDataDirectory();
    }

    public string FileSinkDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_sharedDatabase is not null)
        {
            builder.UseSetting("ConnectionStrings:notificationsdb", _sharedDatabase);
        }

        builder.UseSetting("Notifications:FileSinkDirectory", FileSinkDirectory);
        builder.UseSetting("Notifications:Dispatcher:PollInterval", "00:00:00.200");
        builder.UseSetting("Notifications:Scheduler:PollInterval", "00:00:00.200");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Publishes as the outbox relay does (message id = event id), once the bus and its queues are up.</summary>
    public async Task PublishAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent
    {
        var bus = Services.GetRequiredService<IBusControl>();
        Assert.Equal(BusHealthStatus.Healthy, await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30)));
        await bus.Publish(integrationEvent, context => context.MessageId = integrationEvent.Id);
    }

    public async Task<T> QueryAsync<T>(Func<NotificationsContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationsContext>());
    }

    public Task<int> CountNotificationsAsync(Guid sourceEventId) =>
        QueryAsync(db => db.Notifications.CountAsync(n => n.SourceEventId == sourceEventId));

    public static async Task<PagedList<InboxItem>> InboxAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<PagedList<InboxItem>>("/api/notifications/inbox?pageSize=100", Json);
        return page!;
    }

    public static async Task<int> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<UnreadCount>("/api/notifications/inbox/unread-count", Json))!.Unread;

    /// <summary>Waits until the caller's inbox holds a message made from <paramref name="sourceEventId"/>.</summary>
    public static async Task<InboxItem> WaitForInboxItemAsync(HttpClient client, Guid sourceEventId, string? kind = null)
    {
        InboxItem? found = null;
        await Eventually.HoldsAsync(
            async () => (found = (await InboxAsync(client)).Items.FirstOrDefault(i => i.SourceEventId == sourceEventId && (kind is null || i.Kind == kind))) is not null,
            $"an inbox message from {sourceEventId} arrived");
        return found!;
    }

    public IReadOnlyList<FileSinkLine> SinkLines(string channel)
    {
        var path = Path.Combine(FileSinkDirectory, channel + ".jsonl");
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<FileSinkLine>(line, Json)!)
            .ToList();
    }

    /// <summary>A SignalR client of this instance, signed in as <paramref name="subject"/> (long polling through the test server).</summary>
    public HubConnection CreateHubConnection(TokenSubject subject)
    {
        var server = Server;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "api/notifications/hub"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult<string?>(TestTokens.Create(subject));
            })
            .Build();
    }
}
