namespace RenminDaibiao.Stations.Domain;

public sealed record DeputyDraft(Guid? DeputyId, string? Name, DeputyLevel? Level);
