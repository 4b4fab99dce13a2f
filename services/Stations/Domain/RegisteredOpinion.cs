namespace RenminDaibiao.Stations.Domain;

/// <summary>A newly registered opinion and the images that came with it (stored in their own table).</summary>
public sealed record RegisteredOpinion(Opinion Opinion, IReadOnlyList<OpinionImage> Images);
