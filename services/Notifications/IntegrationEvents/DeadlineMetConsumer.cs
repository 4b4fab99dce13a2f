using MassTransit;
using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.Messaging;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>The item was answered or closed: its pending reminders never fire.</summary>
public sealed class DeadlineMetConsumer(NotificationsContext db, TimeProvider clock)
    : IdempotentConsumer<DeadlineMet, NotificationsContext>(db)
{
    protected override async Task HandleAsync(DeadlineMet message, ConsumeContext<DeadlineMet> context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        await Db.CancelPendingRemindersAsync(message.ItemKind, message.ItemId, now, ct).ConfigureAwait(false);
    }
}
