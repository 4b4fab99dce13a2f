using System.Globalization;
using RenminDaibiao.Contracts.Suggestions;

namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>
/// An unsatisfied rating: the lead unit must answer again; when the rating escalated the suggestion,
/// the supervising leader (an account) is told as well. Satisfied ratings notify nobody.
/// </summary>
public sealed class SuggestionRatedRule : INotificationRule<SuggestionRated>
{
    public const string Unsatisfied = "unsatisfied";

    public IReadOnlyList<PlannedMessage> Plan(SuggestionRated source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!string.Equals(source.Rating, Unsatisfied, StringComparison.Ordinal))
        {
            return [];
        }

        var about = new RecordRef(RecordKinds.Suggestion, source.SuggestionId);
        var messages = new List<PlannedMessage>
        {
            Rule.Message(RecipientKey.Unit(source.LeadUnitCode), MessageKinds.SuggestionUnsatisfied, about, source.DivisionCode,
                ("title", source.Title), ("round", source.Round.ToString(CultureInfo.InvariantCulture))),
        };
        if (source.Escalated && source.SupervisingLeaderId is { } leader)
        {
            messages.Add(Rule.Message(RecipientKey.Account(leader), MessageKinds.SuggestionEscalated, about, source.DivisionCode,
                ("title", source.Title), ("unit", source.LeadUnitCode)));
        }

        return messages;
    }
}
