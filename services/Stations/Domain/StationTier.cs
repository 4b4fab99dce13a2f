namespace RenminDaibiao.Stations.Domain;

/// <summary>The three tiers of liaison places (站 → 点 → 岗).</summary>
public enum StationTier
{
    Station,
    Point,
    Post,
}
