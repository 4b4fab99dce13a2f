namespace RenminDaibiao.Suggestions.Apis;

public sealed record RehandleRequest(int? Days, string? Reason);
