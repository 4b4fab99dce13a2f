using MassTransit;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.Messaging;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Schedules the "duty shift tomorrow" reminder for the deputy on the shift (replacing an earlier one for the same shift).</summary>
public sealed class DutyShiftAssignedConsumer(NotificationsContext db, TimeProvider clock)
    : IdempotentConsumer<DutyShiftAssigned, NotificationsContext>(db)
{
    protected override async Task HandleAsync(DutyShiftAssigned message, ConsumeContext<DutyShiftAssigned> context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        var pending = await Db.Reminders
            .Where(r => r.ItemKind == Reminder.DutyShiftItemKind && r.ItemId == message.ShiftId && r.DeputyId == message.DeputyId
                && r.State == ReminderStates.Pending)
            .ToListAsync(ct)
            .ConfigureAwait(false);
        foreach (var reminder in pending)
        {
            reminder.Cancel(now);
        }

        if (Reminder.ForDutyShift(context.MessageId ?? message.Id, message.ShiftId, message.DeputyId, message.StationName,
                message.DivisionCode, message.StartsAt, now) is { } scheduled)
        {
            Db.Reminders.Add(scheduled);
        }
    }
}
