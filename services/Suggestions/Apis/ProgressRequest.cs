namespace RenminDaibiao.Suggestions.Apis;

public sealed record ProgressRequest(string? Note, bool? Done);
