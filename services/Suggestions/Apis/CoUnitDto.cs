namespace RenminDaibiao.Suggestions.Apis;

public sealed record CoUnitDto(string UnitCode, string? Opinion, DateTimeOffset? OpinionAt);
