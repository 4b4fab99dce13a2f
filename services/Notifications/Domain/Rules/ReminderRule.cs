using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>
/// A reminder that came due. Deadline stages go to the handling unit (when there is one) and the committee
/// staff of the item's division; a duty-shift reminder goes to the deputy on the shift.
/// </summary>
public sealed class ReminderRule : INotificationRule<Reminder>
{
    public IReadOnlyList<PlannedMessage> Plan(Reminder source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var about = new RecordRef(source.ItemKind, source.ItemId);
        if (source.Stage == ReminderStages.DayBefore)
        {
            return source.DeputyId is { } deputy
                ? [Rule.Message(RecipientKey.Deputy(deputy), MessageKinds.DutyShiftTomorrow, about, source.DivisionCode,
                    ("startsAt", MessageTemplates.DateTimeText(source.DueAt)), ("station", source.Title))]
                : [];
        }

        var kind = source.Stage switch
        {
            ReminderStages.DueSoon => MessageKinds.DeadlineDueSoon,
            ReminderStages.DueToday => MessageKinds.DeadlineDueToday,
            _ => MessageKinds.DeadlineOverdue,
        };
        (string, string)[] values =
        [
            ("itemKind", MessageTemplates.ItemKindText(source.ItemKind)), ("title", source.Title), ("dueDate", MessageTemplates.DateText(source.DueAt)),
        ];
        var messages = new List<PlannedMessage>();
        if (!string.IsNullOrWhiteSpace(source.UnitCode))
        {
            messages.Add(Rule.Message(RecipientKey.Unit(source.UnitCode), kind, about, source.DivisionCode, values));
        }

        messages.Add(Rule.Message(RecipientKey.Role(Roles.CommitteeStaff, source.DivisionCode), kind, about, source.DivisionCode, values));
        return messages;
    }
}
