namespace RenminDaibiao.Suggestions.Apis;

public sealed record OpinionRequest(string? Opinion);
