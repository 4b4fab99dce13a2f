namespace RenminDaibiao.Suggestions.Apis;

public sealed record ConclusionRequest(string? Conclusion);
