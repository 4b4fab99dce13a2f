namespace RenminDaibiao.Contracts.Suggestions;

/// <summary>The lead unit answered (答复). Category: solved, being-solved, cannot-solve-now. Round 2 is the answer after an unsatisfied rating.</summary>
public sealed record SuggestionAnswered(
    Guid SuggestionId,
    string Title,
    string DivisionCode,
    Guid LeadDeputyId,
    string LeadUnitCode,
    string Category,
    int Round) : IntegrationEvent;
