namespace RenminDaibiao.Suggestions.Apis;

public sealed record CongressDeadlinesRequest(int? SessionDeadlineMonths, int? InterimDeadlineMonths);
