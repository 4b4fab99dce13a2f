namespace RenminDaibiao.Contracts.Suggestions;

/// <summary>A suggestion was assigned (交办) to a lead unit and co-units with an answer deadline.</summary>
public sealed record SuggestionAssigned(
    Guid SuggestionId,
    string Title,
    string DivisionCode,
    Guid LeadDeputyId,
    string LeadUnitCode,
    IReadOnlyList<string> CoUnitCodes,
    DateTimeOffset DueAt) : IntegrationEvent;
