using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts;

namespace RenminDaibiao.Messaging;

public static class OutboxDbContextExtensions
{
    private static long lastCreatedTicks;

    /// <summary>
    /// Queues an integration event in the outbox. Nothing is sent now: the row is written by the
    /// caller's next SaveChanges, in the same transaction as the change it describes, and the
    /// relay publishes it after that commits.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext db, IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(integrationEvent);

        db.Set<OutboxMessage>().Add(new OutboxMessage(
            integrationEvent.Id,
            integrationEvent.GetType().FullName!,
            IntegrationEventSerializer.Serialize(integrationEvent),
            // Npgsql only writes UTC offsets to timestamptz.
            integrationEvent.OccurredAt.ToUniversalTime(),
            Activity.Current?.Id,
            NextCreatedAt()));
    }

    /// <summary>
    /// The clock can return the same value for events added back to back, and PostgreSQL keeps
    /// microseconds only; ordering by a strictly increasing value keeps the relay in add order.
    /// </summary>
    private static DateTimeOffset NextCreatedAt()
    {
        const long tick = TimeSpan.TicksPerMicrosecond;
        while (true)
        {
            var last = Interlocked.Read(ref lastCreatedTicks);
            var now = DateTime.UtcNow.Ticks / tick * tick;
            var next = Math.Max(now, last + tick);
            if (Interlocked.CompareExchange(ref lastCreatedTicks, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }
}
