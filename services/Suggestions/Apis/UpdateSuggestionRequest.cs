namespace RenminDaibiao.Suggestions.Apis;

public sealed record UpdateSuggestionRequest(string? Title, string? Body, string? Category, IReadOnlyList<Guid>? CoSignerIds);
