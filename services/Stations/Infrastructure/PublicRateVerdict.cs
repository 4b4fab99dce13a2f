namespace RenminDaibiao.Stations.Infrastructure;

public enum PublicRateVerdict
{
    Allowed,
    OverLimit,

    /// <summary>The counters cannot be read: the anonymous forms close rather than run unlimited.</summary>
    Unavailable,
}
