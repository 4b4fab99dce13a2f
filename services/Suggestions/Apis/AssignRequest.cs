namespace RenminDaibiao.Suggestions.Apis;

public sealed record AssignRequest(string? LeadUnitCode, IReadOnlyList<string?>? CoUnitCodes);
