namespace RenminDaibiao.Contracts.Suggestions;

/// <summary>
/// The deputy rated an answer: satisfied, basically-satisfied, unsatisfied. Escalated is true when a second
/// "unsatisfied" sent it to the supervising leader (an account id, when the suggestion has one). SourceOpinionId is the
/// citizen opinion the suggestion came from (defaulted for events written before it existed).
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
    Guid? SupervisingLeaderId,
    Guid? SourceOpinionId = null) : IntegrationEvent;
