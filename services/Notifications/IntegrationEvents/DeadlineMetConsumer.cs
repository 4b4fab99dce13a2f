using MassTransit;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.Messaging;
using RenminDaibiao.Notifications.Domain;
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
        var pending = await Db.Reminders
            .Where(r => r.ItemKind == message.ItemKind && r.ItemId == message.ItemId && r.State == ReminderStates.Pending)
            .ToListAsync(ct)
            .ConfigureAwait(false);
        foreach (var reminder in pending)
        {
            reminder.Cancel(now);
        }
    }
}
