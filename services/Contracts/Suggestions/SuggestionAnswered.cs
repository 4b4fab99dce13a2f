namespace RenminDaibiao.Contracts.Suggestions;

/// <summary>
/// The lead unit answered (答复). Category: solved, being-solved, cannot-solve-now. Round 2 is the answer after an
/// unsatisfied rating. Content is the answer's text and SourceOpinionId the citizen opinion the suggestion came from:
/// Stations passes the answer on to that citizen. Both default so that events written before they existed still read.
/// </summary>
public sealed record SuggestionAnswered(
    Guid SuggestionId,
    string Title,
    string DivisionCode,
    Guid LeadDeputyId,
    string LeadUnitCode,
    string Category,
    int Round,
    string Content = "",
    Guid? SourceOpinionId = null) : IntegrationEvent;
