using RenminDaibiao.Contracts.Suggestions;

namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>A suggestion assigned (交办): the lead unit and every co-unit are told, with the answer deadline.</summary>
public sealed class SuggestionAssignedRule : INotificationRule<SuggestionAssigned>
{
    public IReadOnlyList<PlannedMessage> Plan(SuggestionAssigned source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var about = new RecordRef(RecordKinds.Suggestion, source.SuggestionId);
        var dueDate = MessageTemplates.DateText(source.DueAt);
        var messages = new List<PlannedMessage>
        {
            Rule.Message(RecipientKey.Unit(source.LeadUnitCode), MessageKinds.SuggestionAssigned, about, source.DivisionCode,
                ("title", source.Title), ("role", "主办"), ("dueDate", dueDate)),
        };
        foreach (var coUnit in (source.CoUnitCodes ?? []).Where(code => !string.IsNullOrWhiteSpace(code) && code != source.LeadUnitCode).Distinct(StringComparer.Ordinal))
        {
            messages.Add(Rule.Message(RecipientKey.Unit(coUnit), MessageKinds.SuggestionAssigned, about, source.DivisionCode,
                ("title", source.Title), ("role", "协办"), ("dueDate", dueDate)));
        }

        return messages;
    }
}
