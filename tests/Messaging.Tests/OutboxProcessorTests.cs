using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.Contracts;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Messaging.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class OutboxProcessorTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync()
    {
        connectionString = await TestDatabase.GetAsync(infrastructure, "messaging_outbox_processor");
        // The processor relays every pending row in the database; each test starts from none.
        await using var db = TestDatabase.Open(connectionString);
        await db.OutboxMessages.ExecuteDeleteAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Publishes_pending_rows_oldest_first_and_marks_them_sent_after_the_publish_completed()
    {
        var first = await AddEventsAsync(3);
        var second = await AddEventsAsync(2);
        var publisher = new RecordingPublisher();
        using var services = BuildServices(publisher);

        var published = await services.GetRequiredService<OutboxProcessor<TestDbContext>>().RelayPendingAsync(CancellationToken.None);

        Assert.Equal(5, published);
        Assert.Equal([.. first, .. second], publisher.Published.Select(p => p.Event.Id));
        Assert.All(publisher.Published, p => Assert.IsType<DeputyRegistered>(p.Event));

        await using var check = TestDatabase.Open(connectionString);
        foreach (var (integrationEvent, completedAt) in publisher.Published)
        {
            var row = await check.OutboxMessages.SingleAsync(m => m.Id == integrationEvent.Id);
            Assert.NotNull(row.SentAt);
            Assert.True(row.SentAt >= completedAt.AddTicks(-TimeSpan.TicksPerMicrosecond), "marked sent before the publish completed");
            Assert.Equal(0, row.Attempts);
        }

        Assert.Equal(0, await services.GetRequiredService<OutboxProcessor<TestDbContext>>().RelayPendingAsync(CancellationToken.None));
        Assert.Equal(5, publisher.Published.Count);
    }

    [Fact]
    public async Task Failed_publish_keeps_the_row_unsent_stops_the_batch_and_the_next_pass_publishes_in_order()
    {
        var ids = await AddEventsAsync(3);
        var publisher = new RecordingPublisher { FailuresLeft = 1 };
        using var services = BuildServices(publisher);
        var processor = services.GetRequiredService<OutboxProcessor<TestDbContext>>();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => processor.RelayPendingAsync(CancellationToken.None));
        Assert.Equal("broker unavailable", failure.Message);
        Assert.Empty(publisher.Published);

        await using (var check = TestDatabase.Open(connectionString))
        {
            var rows = await check.OutboxMessages.AsNoTracking().ToDictionaryAsync(m => m.Id);
            Assert.All(rows.Values, r => Assert.Null(r.SentAt));
            Assert.Equal(1, rows[ids[0]].Attempts);
            Assert.Contains("broker unavailable", rows[ids[0]].LastError, StringComparison.Ordinal);
            // Later rows were not tried, so none overtakes the failed one.
            Assert.Equal(0, rows[ids[1]].Attempts);
            Assert.Equal(0, rows[ids[2]].Attempts);
        }

        Assert.Equal(3, await processor.RelayPendingAsync(CancellationToken.None));
        Assert.Equal(ids, publisher.Published.Select(p => p.Event.Id));

        await using (var check = TestDatabase.Open(connectionString))
        {
            var rows = await check.OutboxMessages.AsNoTracking().ToListAsync();
            Assert.All(rows, r => Assert.NotNull(r.SentAt));
            Assert.Equal(1, rows.Single(r => r.Id == ids[0]).Attempts);
        }
    }

    [Fact]
    public async Task Publish_that_is_never_confirmed_times_out_and_leaves_the_row_unsent()
    {
        var ids = await AddEventsAsync(1);
        using var services = BuildServices(new NeverConfirmingPublisher(), o => o.PublishTimeout = TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAsync<TimeoutException>(() => services.GetRequiredService<OutboxProcessor<TestDbContext>>().RelayPendingAsync(CancellationToken.None));

        await using var check = TestDatabase.Open(connectionString);
        var row = await check.OutboxMessages.SingleAsync(m => m.Id == ids[0]);
        Assert.Null(row.SentAt);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("did not confirm", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_processors_never_publish_the_same_row()
    {
        var ids = await AddEventsAsync(40);
        var publisher = new RecordingPublisher { Delay = TimeSpan.FromMilliseconds(20) };
        using var first = BuildServices(publisher, o => o.BatchSize = 5);
        using var second = BuildServices(publisher, o => o.BatchSize = 5);

        async Task<int> DrainAsync(OutboxProcessor<TestDbContext> processor)
        {
            var total = 0;
            int published;
            while ((published = await processor.RelayPendingAsync(CancellationToken.None)) > 0)
            {
                total += published;
            }

            return total;
        }

        var counts = await Task.WhenAll(
            Task.Run(() => DrainAsync(first.GetRequiredService<OutboxProcessor<TestDbContext>>())),
            Task.Run(() => DrainAsync(second.GetRequiredService<OutboxProcessor<TestDbContext>>())));

        Assert.Equal(40, counts.Sum());
        Assert.True(counts.All(c => c > 0), $"both processors should have taken rows: {string.Join(", ", counts)}");
        Assert.Equal(ids.Order(), publisher.Published.Select(p => p.Event.Id).Order());
    }

    [Fact]
    public async Task Publish_runs_inside_the_trace_of_the_request_that_added_the_event()
    {
        using var capture = new ActivityCapture();
        ActivityTraceId requestTrace;
        await using (var db = TestDatabase.Open(connectionString))
        {
            using (var request = ActivityCapture.StartRequest())
            {
                requestTrace = request.TraceId;
                db.AddIntegrationEvent(new DeputyRegistered(Guid.NewGuid(), "周", "330102"));
            }

            await db.SaveChangesAsync();
        }

        var publisher = new RecordingPublisher();
        using var services = BuildServices(publisher);
        await services.GetRequiredService<OutboxProcessor<TestDbContext>>().RelayPendingAsync(CancellationToken.None);

        var activity = Assert.Single(publisher.Activities);
        Assert.NotNull(activity);
        Assert.Equal(MessagingDiagnostics.ActivitySourceName, activity.Source.Name);
        Assert.Equal(requestTrace, activity.TraceId);
    }

    private async Task<List<Guid>> AddEventsAsync(int count)
    {
        await using var db = TestDatabase.Open(connectionString);
        var events = Enumerable.Range(0, count).Select(i => new DeputyRegistered(Guid.NewGuid(), $"代表{i}", "330102")).ToList();
        // Ids are random within a millisecond, so the order checked below is the add order, not the id order.
        events.ForEach(db.AddIntegrationEvent);
        await db.SaveChangesAsync();
        return [.. events.Select(e => e.Id)];
    }

    private ServiceProvider BuildServices(IIntegrationEventPublisher publisher, Action<OutboxRelayOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<TestDbContext>(o => o.UseNpgsql(connectionString));
        services.AddSingleton(publisher);
        services.Configure<OutboxRelayOptions>(o => configure?.Invoke(o));
        services.AddSingleton<OutboxProcessor<TestDbContext>>();
        return services.BuildServiceProvider();
    }

    private sealed class RecordingPublisher : IIntegrationEventPublisher
    {
        private readonly ConcurrentQueue<(IntegrationEvent Event, DateTimeOffset CompletedAt)> published = new();

        public int FailuresLeft { get; set; }

        public TimeSpan Delay { get; init; }

        public IReadOnlyCollection<(IntegrationEvent Event, DateTimeOffset CompletedAt)> Published => published;

        public ConcurrentQueue<Activity?> Activities { get; } = new();

        public async Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
        {
            Activities.Enqueue(Activity.Current);
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new InvalidOperationException("broker unavailable");
            }

            await Task.Delay(Delay, cancellationToken);
            published.Enqueue((integrationEvent, DateTimeOffset.UtcNow));
        }
    }

    private sealed class NeverConfirmingPublisher : IIntegrationEventPublisher
    {
        public Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
            Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
