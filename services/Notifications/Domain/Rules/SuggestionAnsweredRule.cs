using RenminDaibiao.Contracts.Suggestions;

namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>A unit answered: the lead deputy is asked to rate the answer.</summary>
public sealed class SuggestionAnsweredRule : INotificationRule<SuggestionAnswered>
{
    public IReadOnlyList<PlannedMessage> Plan(SuggestionAnswered source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return
        [
            Rule.Message(RecipientKey.Deputy(source.LeadDeputyId), MessageKinds.SuggestionAnswered, new RecordRef(RecordKinds.Suggestion, source.SuggestionId), source.DivisionCode,
                ("title", source.Title), ("unit", source.LeadUnitCode), ("category", MessageTemplates.AnswerCategoryText(source.Category))),
        ];
    }
}
