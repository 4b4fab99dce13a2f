using MassTransit;
using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.Messaging;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Keeps the reminder schedule of an item with a deadline: a moved deadline replaces the pending reminders.</summary>
public sealed class DeadlineSetConsumer(NotificationsContext db, TimeProvider clock)
    : IdempotentConsumer<DeadlineSet, NotificationsContext>(db)
{
    protected override async Task HandleAsync(DeadlineSet message, ConsumeContext<DeadlineSet> context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        await Db.CancelPendingRemindersAsync(message.ItemKind, message.ItemId, now, ct).ConfigureAwait(false);

        Db.Reminders.AddRange(Reminder.ForDeadline(
            context.MessageId ?? message.Id, message.ItemKind, message.ItemId, message.Title, message.DivisionCode, message.UnitCode,
            message.DueAt, now));
    }
}
