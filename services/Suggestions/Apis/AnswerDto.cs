using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

public sealed record AnswerDto(int Round, AnswerCategory Category, string Content, string? Reason, string UnitCode, DateTimeOffset AnsweredAt, DateTimeOffset DueAt, bool OnTime);
