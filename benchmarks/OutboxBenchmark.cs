using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Messaging;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Benchmarks;

/// <summary>
/// What the transactional outbox costs: events per second from the writer to an idempotent consumer,
/// published directly to RabbitMQ versus written to the outbox and relayed, on real servers.
/// </summary>
internal static class OutboxBenchmark
{
    public static async Task<IReadOnlyList<Measurement>> RunAsync(InfrastructureFixture infrastructure, int events)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "RenminDaibiao.Benchmarks",
            EnvironmentName = Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:rabbitmq"] = infrastructure.RabbitMqConnectionString;
        var database = infrastructure.PostgresConnectionString("benchmark_outbox");
        builder.Services.AddSingleton<DeliveryCounter>();
        builder.Services.AddDbContext<BenchmarkContext>((services, options) => options.UseNpgsql(database).UseOutboxSignal(services));
        builder.AddEventBus<BenchmarkContext>("rabbitmq", bus => bus.AddConsumer<DeliveryCountingConsumer>());

        using var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenchmarkContext>();
            await db.Database.EnsureDeletedAsync();
            await db.Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var counter = host.Services.GetRequiredService<DeliveryCounter>();

        var results = new List<Measurement>
        {
            await MeasureAsync("direct publish (no outbox), 1 event per call", events, counter, async () =>
            {
                var publisher = host.Services.GetRequiredService<IPublishEndpoint>();
                await Parallel.ForAsync(0, events, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, ct) =>
                    await publisher.Publish(NewEvent(), ct));
            }),
            await MeasureAsync("outbox, 1 event per SaveChanges", events, counter, async () =>
                await Parallel.ForAsync(0, events, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, ct) =>
                {
                    await using var scope = host.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<BenchmarkContext>();
                    db.AddIntegrationEvent(NewEvent());
                    await db.SaveChangesAsync(ct);
                })),
            await MeasureAsync("outbox, 50 events per SaveChanges", events, counter, async () =>
            {
                for (var written = 0; written < events; written += 50)
                {
                    await using var scope = host.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<BenchmarkContext>();
                    for (var i = 0; i < Math.Min(50, events - written); i++)
                    {
                        db.AddIntegrationEvent(NewEvent());
                    }

                    await db.SaveChangesAsync();
                }
            }),
        };

        await host.StopAsync();
        return results;
    }

    private static async Task<Measurement> MeasureAsync(string scenario, int events, DeliveryCounter counter, Func<Task> write)
    {
        counter.Reset();
        var clock = Stopwatch.StartNew();
        await write();
        var written = clock.Elapsed;
        await counter.WaitForAsync(events, TimeSpan.FromMinutes(5));
        return new Measurement(scenario, events, written, clock.Elapsed);
    }

    /// <summary>The relay publishes only the platform's contract types; a small real one stands in for any event.</summary>
    private static DeputyRegistered NewEvent() => new(Guid.CreateVersion7(), "基准测试", "411300");

    internal sealed class BenchmarkContext(DbContextOptions<BenchmarkContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
    }

    internal sealed class DeliveryCountingConsumer(BenchmarkContext db, DeliveryCounter counter) : IdempotentConsumer<DeputyRegistered, BenchmarkContext>(db)
    {
        protected override Task HandleAsync(DeputyRegistered message, ConsumeContext<DeputyRegistered> context, CancellationToken ct)
        {
            counter.Increment();
            return Task.CompletedTask;
        }
    }

    internal sealed class DeliveryCounter
    {
        private int _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public void Increment() => Interlocked.Increment(ref _count);

        public async Task WaitForAsync(int expected, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (Volatile.Read(ref _count) < expected)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"only {_count} of {expected} events arrived");
                }

                await Task.Delay(10);
            }
        }
    }
}
