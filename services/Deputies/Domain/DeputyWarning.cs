namespace RenminDaibiao.Deputies.Domain;

public sealed record DeputyWarning(Guid DeputyId, int Activities, int Points, int PreviousYearPoints, IReadOnlyList<string> Reasons);
