namespace RenminDaibiao.Suggestions.Apis;

public sealed record CreateSuggestionRequest(
    string? Kind,
    string? Title,
    string? Body,
    string? Category,
    string? DivisionCode,
    Guid? LeadDeputyId,
    string? LeadDeputyName,
    IReadOnlyList<Guid>? CoSignerIds,
    Guid? CongressId);
