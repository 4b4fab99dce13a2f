namespace RenminDaibiao.Deputies.Domain;

/// <summary>A serving deputy the warning list considers: whether they already served the year before, and whether staff exempted them.</summary>
public sealed record WarningCandidate(Guid DeputyId, bool ServedYearBefore, bool Exempt);
