using System.Diagnostics;
using System.Text;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Messaging.Tests;

/// <summary>Outbox relay and idempotent consumers on a generic host, through real RabbitMQ and PostgreSQL.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class EventBusTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    // AddEventBus prefixes queues with the last part of the application name.
    private const string WelcomeQueue = "messaging-tests-welcome-deputy";

    private readonly ConsumerProbe probe = new();
    private readonly ConsumeCounter counter = new();
    private readonly ActivityCapture capture = new();
    private string connectionString = "";
    private IHost? host;

    private IServiceProvider Services => host!.Services;

    public async Task InitializeAsync()
    {
        connectionString = await TestDatabase.GetAsync(infrastructure, "messaging_event_bus");

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "RenminDaibiao.MessagingTests",
            EnvironmentName = Environments.Development,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:rabbitmq"] = infrastructure.RabbitMqConnectionString;
        builder.Services.AddSingleton(probe);
        builder.Services.AddDbContext<TestDbContext>((sp, o) => o.UseNpgsql(connectionString).UseOutboxSignal(sp));
        builder.AddEventBus<TestDbContext>("rabbitmq", bus =>
        {
            bus.AddConsumer<WelcomeDeputyConsumer>();
            bus.AddConsumer<DeliveryRecordingConsumer>();
        });

        host = builder.Build();
        await host.StartAsync();
        var bus = Services.GetRequiredService<IBusControl>();
        bus.ConnectConsumeObserver(counter);
        // Publishing before the queues are bound would route the message nowhere.
        Assert.Equal(BusHealthStatus.Healthy, await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30)));
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }

        capture.Dispose();
    }

    [Fact]
    public async Task Outbox_row_reaches_the_consumer_once_with_the_event_id_and_the_request_trace()
    {
        var deputy = new Deputy { Name = $"陈{Guid.NewGuid():N}" };
        var registered = new DeputyRegistered(deputy.Id, deputy.Name, "330102");
        ActivityTraceId requestTrace;

        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            using var request = ActivityCapture.StartRequest();
            requestTrace = request.TraceId;
            db.Deputies.Add(deputy);
            db.AddIntegrationEvent(registered);
            await db.SaveChangesAsync();
        }

        await Eventually.HoldsAsync(() => probe.Deliveries.Any(d => d.EventId == registered.Id), "the event is delivered");
        await Eventually.HoldsAsync(() => RowSentAsync(registered.Id), "the outbox row is marked sent");
        await Eventually.HoldsAsync(() => WelcomesAsync(deputy.Id, 1), "the idempotent consumer handled it");

        // Give a wrongly repeated publish time to show up.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var delivery = Assert.Single(probe.Deliveries, d => d.EventId == registered.Id);
        Assert.Equal(registered.Id, delivery.MessageId);
        Assert.Equal(requestTrace, delivery.TraceId);
        Assert.Equal(1, await WelcomeCountAsync(deputy.Id));
    }

    [Fact]
    public async Task Same_message_id_delivered_twice_has_one_effect_and_a_new_id_has_its_own()
    {
        var registered = new DeputyRegistered(Guid.NewGuid(), "孙", "330102");

        await PublishAsync(registered, registered.Id);
        await Eventually.HoldsAsync(() => counter.Completions(WelcomeQueue, registered.Id) == 1, "the first delivery is consumed");
        await PublishAsync(registered, registered.Id);
        await Eventually.HoldsAsync(() => counter.Completions(WelcomeQueue, registered.Id) == 2, "the redelivery is consumed");

        Assert.Equal(1, await WelcomeCountAsync(registered.DeputyId));
        Assert.Equal(1, probe.HandlerCalls[registered.Id]);
        Assert.Equal(1, await InboxCountAsync(registered.Id));

        var again = registered with { Id = Guid.CreateVersion7() };
        await PublishAsync(again, again.Id);
        await Eventually.HoldsAsync(() => counter.Completions(WelcomeQueue, again.Id) == 1, "the new message is consumed");
        Assert.Equal(2, await WelcomeCountAsync(registered.DeputyId));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_message_have_one_effect()
    {
        const int copies = 6;
        var registered = new DeputyRegistered(Guid.NewGuid(), ConsumerProbe.SlowName, "330102");

        await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => PublishAsync(registered, registered.Id)));
        await Eventually.HoldsAsync(() => counter.Completions(WelcomeQueue, registered.Id) == copies, "every copy is consumed without fault");

        Assert.True(counter.MaxInFlight > 1, "the copies were expected to be consumed concurrently");
        Assert.Equal(1, await WelcomeCountAsync(registered.DeputyId));
        Assert.Equal(1, await InboxCountAsync(registered.Id));
    }

    [Fact]
    public async Task Handler_failure_commits_nothing_so_the_retry_processes_the_message()
    {
        var registered = new DeputyRegistered(Guid.NewGuid(), "钱", "330102");
        probe.Failures[registered.Id] = 1;

        await PublishAsync(registered, registered.Id);
        await Eventually.HoldsAsync(() => counter.Completions(WelcomeQueue, registered.Id) == 1, "the retried message is consumed");

        // Had the failed attempt committed its inbox row, the retry would have been skipped (0);
        // had it committed its effect, or the retry saved leftovers of it, there would be 2.
        Assert.Equal(2, probe.HandlerCalls[registered.Id]);
        Assert.Equal(1, await WelcomeCountAsync(registered.DeputyId));
        Assert.Equal(1, await InboxCountAsync(registered.Id));
    }

    [Fact]
    public async Task Poison_message_lands_in_the_error_queue_without_effect_and_can_be_processed_later()
    {
        var registered = new DeputyRegistered(Guid.NewGuid(), "吴", "330102");
        probe.Failures[registered.Id] = int.MaxValue;

        await PublishAsync(registered, registered.Id);
        await Eventually.HoldsAsync(() => TakeFromErrorQueueAsync(registered.Id), "the message is in the error queue", TimeSpan.FromSeconds(60));

        Assert.Equal(6, probe.HandlerCalls[registered.Id]);
        Assert.Equal(0, await WelcomeCountAsync(registered.DeputyId));
        Assert.Equal(0, await InboxCountAsync(registered.Id));

        // An operator fixes the cause and moves the message back.
        probe.Failures[registered.Id] = 0;
        await PublishAsync(registered, registered.Id);
        await Eventually.HoldsAsync(() => WelcomesAsync(registered.DeputyId, 1), "the message is processed");
        Assert.Equal(1, await InboxCountAsync(registered.Id));
    }

    private Task PublishAsync(DeputyRegistered message, Guid messageId) =>
        Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);

    private async Task<bool> RowSentAsync(Guid id)
    {
        await using var db = TestDatabase.Open(connectionString);
        return await db.OutboxMessages.AnyAsync(m => m.Id == id && m.SentAt != null);
    }

    private async Task<int> WelcomeCountAsync(Guid deputyId)
    {
        await using var db = TestDatabase.Open(connectionString);
        return await db.Welcomes.CountAsync(w => w.DeputyId == deputyId);
    }

    private async Task<bool> WelcomesAsync(Guid deputyId, int expected) => await WelcomeCountAsync(deputyId) == expected;

    private async Task<int> InboxCountAsync(Guid messageId)
    {
        await using var db = TestDatabase.Open(connectionString);
        return await db.InboxMessages.CountAsync(m => m.MessageId == messageId);
    }

    /// <summary>Reads the error queue with a plain AMQP client, as an operator's tool would.</summary>
    private async Task<bool> TakeFromErrorQueueAsync(Guid messageId)
    {
        var factory = new ConnectionFactory { Uri = new Uri(infrastructure.RabbitMqConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            while (await channel.BasicGetAsync($"{WelcomeQueue}_error", autoAck: true) is { } result)
            {
                if (Encoding.UTF8.GetString(result.Body.Span).Contains(messageId.ToString(), StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        catch (OperationInterruptedException)
        {
            // MassTransit creates the error queue with the first faulted message.
        }

        return false;
    }
}
