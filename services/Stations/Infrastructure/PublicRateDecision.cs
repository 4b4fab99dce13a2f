namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>Whether one more request of a public form may go through.</summary>
public enum PublicRateDecision
{
    Allowed,
    OverLimit,

    /// <summary>The counters cannot be read: the anonymous forms close rather than run unlimited.</summary>
    Unavailable,
}
