namespace RenminDaibiao.Suggestions.Apis;

public sealed record ProgressDto(string Note, bool Done, DateTimeOffset At);
