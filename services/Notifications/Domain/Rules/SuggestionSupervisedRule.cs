using RenminDaibiao.Contracts.Suggestions;

namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>
/// 督办, 催办, a further handling round or a joint supervision meeting: the lead unit is told what the committee or the
/// supervising leader asks of it. An action this service has no text for is not guessed at.
/// </summary>
public sealed class SuggestionSupervisedRule : INotificationRule<SuggestionSupervised>
{
    public static IReadOnlyList<string> Actions { get; } = ["supervise", "urge", "rehandle", "joint-meeting"];

    public IReadOnlyList<PlannedMessage> Plan(SuggestionSupervised source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!Actions.Contains(source.Action) || string.IsNullOrWhiteSpace(source.LeadUnitCode))
        {
            return [];
        }

        var about = new RecordRef(RecordKinds.Suggestion, source.SuggestionId);
        return
        [
            Rule.Message(RecipientKey.Unit(source.LeadUnitCode), MessageKinds.SuggestionSupervised, $"{MessageKinds.SuggestionSupervised}:{source.Action}", about,
                source.DivisionCode, ("title", source.Title), ("actor", source.ActorName), ("note", source.Note),
                ("dueDate", source.DueAt is { } due ? MessageTemplates.DateText(due) : "")),
        ];
    }
}
