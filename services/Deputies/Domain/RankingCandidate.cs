namespace RenminDaibiao.Deputies.Domain;

public sealed record RankingCandidate(Guid DeputyId, string Name, int Points);
