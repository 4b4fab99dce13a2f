namespace RenminDaibiao.Stations.Domain;

/// <summary>A deputy assigned to a station: who (their name is Deputies', from the replica) and at which level they sit there.</summary>
public sealed record DeputyDraft(Guid? DeputyId, DeputyLevel? Level);
