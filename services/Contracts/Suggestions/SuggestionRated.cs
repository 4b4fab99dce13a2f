namespace RenminDaibiao.Contracts.Suggestions;

/// <summary>
/// The deputy rated an answer: satisfied, basically-satisfied, unsatisfied. Escalated is true when a second
/// "unsatisfied" sent it to the supervising leader (an account id, when the suggestion has one).
/// </summary>
public sealed record SuggestionRated(
    Guid SuggestionId,
    string Title,
    string DivisionCode,
    Guid LeadDeputyId,
    string LeadUnitCode,
    string Rating,
    int Round,
    bool Escalated,
    Guid? SupervisingLeaderId) : IntegrationEvent;
