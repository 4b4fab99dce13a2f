using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

public sealed record RatingDto(int Round, Rating Rating, string? Comment, DateTimeOffset At);
