namespace RenminDaibiao.Deputies.Domain;

public sealed record RankedDeputy(int Rank, Guid DeputyId, string Name, int Points);
