namespace RenminDaibiao.Suggestions.Apis;

public sealed record RateRequest(string? Rating, string? Comment);
