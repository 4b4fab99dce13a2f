namespace RenminDaibiao.Suggestions.Apis;

public sealed record AnswerRequest(string? Category, string? Content, string? Reason);
