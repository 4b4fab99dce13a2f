namespace RenminDaibiao.Stations.Domain;

public sealed record SessionQuestionDraft(string? Question, string? AskedBy, string? Answer, string? AnsweredBy);
