using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>
/// An overdue answer escalated: the committee staff of the suggestion's division and, for a key suggestion, its
/// supervising leader are told (the unit already has its own overdue reminder).
/// </summary>
public sealed class SuggestionOverdueEscalatedRule : INotificationRule<SuggestionOverdueEscalated>
{
    public IReadOnlyList<PlannedMessage> Plan(SuggestionOverdueEscalated source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var about = new RecordRef(RecordKinds.Suggestion, source.SuggestionId);
        (string, string)[] values = [("title", source.Title), ("unit", source.LeadUnitCode), ("dueDate", MessageTemplates.DateText(source.DueAt))];
        var messages = new List<PlannedMessage>
        {
            Rule.Message(RecipientKey.Role(Roles.CommitteeStaff, source.DivisionCode), MessageKinds.SuggestionOverdueEscalated, about, source.DivisionCode, values),
        };
        if (source.IsKey && source.SupervisingLeaderId is { } leader)
        {
            messages.Add(Rule.Message(RecipientKey.Account(leader), MessageKinds.SuggestionOverdueEscalated, about, source.DivisionCode, values));
        }

        return messages;
    }
}
