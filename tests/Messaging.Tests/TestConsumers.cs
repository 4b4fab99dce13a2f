using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using RenminDaibiao.Contracts.Deputies;

namespace RenminDaibiao.Messaging.Tests;

/// <summary>What the test consumers saw, shared with the test through the host's container.</summary>
public sealed class ConsumerProbe
{
    public const string SlowName = "slow";

    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    public ConcurrentDictionary<Guid, int> HandlerCalls { get; } = new();

    /// <summary>Message ids whose handler throws, with how many more times it should.</summary>
    public ConcurrentDictionary<Guid, int> Failures { get; } = new();

    public sealed record Delivery(Guid? MessageId, Guid EventId, ActivityTraceId? TraceId);
}

/// <summary>Idempotent consumer under test: its effect is one <see cref="Welcome"/> row per handled message.</summary>
public sealed class WelcomeDeputyConsumer(TestDbContext db, ConsumerProbe probe) : IdempotentConsumer<DeputyRegistered, TestDbContext>(db)
{
    protected override async Task HandleAsync(DeputyRegistered message, ConsumeContext<DeputyRegistered> context, CancellationToken ct)
    {
        var messageId = context.MessageId ?? message.Id;
        probe.HandlerCalls.AddOrUpdate(messageId, 1, (_, calls) => calls + 1);
        Db.Welcomes.Add(new Welcome { DeputyId = message.DeputyId, MessageId = messageId });

        if (message.Name == ConsumerProbe.SlowName)
        {
            // Keeps the transaction open so that concurrent duplicates meet it.
            await Task.Delay(TimeSpan.FromMilliseconds(300), ct);
        }

        if (probe.Failures.TryGetValue(messageId, out var left) && left > 0)
        {
            probe.Failures[messageId] = left - 1;
            throw new InvalidOperationException("handler failed");
        }
    }
}

/// <summary>Plain consumer that records every delivery, to see what actually crossed the broker.</summary>
public sealed class DeliveryRecordingConsumer(ConsumerProbe probe) : IConsumer<DeputyRegistered>
{
    public Task Consume(ConsumeContext<DeputyRegistered> context)
    {
        probe.Deliveries.Enqueue(new ConsumerProbe.Delivery(context.MessageId, context.Message.Id, Activity.Current?.TraceId));
        return Task.CompletedTask;
    }
}

/// <summary>Counts finished consumes per queue and message id, and how many ran at once.</summary>
public sealed class ConsumeCounter : IConsumeObserver
{
    private int inFlight;
    private int maxInFlight;

    public ConcurrentDictionary<(string Queue, Guid MessageId), int> Completed { get; } = new();

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public int Completions(string queue, Guid messageId) => Completed.GetValueOrDefault((queue, messageId));

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        var now = Interlocked.Increment(ref inFlight);
        int max;
        while (now > (max = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, max) != max)
        {
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Interlocked.Decrement(ref inFlight);
        Completed.AddOrUpdate((Queue(context), context.MessageId ?? Guid.Empty), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        Interlocked.Decrement(ref inFlight);
        return Task.CompletedTask;
    }

    private static string Queue(ConsumeContext context) => context.ReceiveContext.InputAddress.AbsolutePath.Split('/')[^1];
}
