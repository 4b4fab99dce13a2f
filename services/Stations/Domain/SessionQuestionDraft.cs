using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

public sealed record SessionQuestionDraft(string? Question, string? AskedBy, string? Answer, string? AnsweredBy);
