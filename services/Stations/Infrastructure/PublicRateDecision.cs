namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>Whether one more request of a public form may go through; when over the limit, how long until the refusing window ends.</summary>
public readonly record struct PublicRateDecision(PublicRateVerdict Verdict, TimeSpan RetryAfter)
{
    public static PublicRateDecision Allowed { get; } = new(PublicRateVerdict.Allowed, TimeSpan.Zero);

    public static PublicRateDecision Unavailable { get; } = new(PublicRateVerdict.Unavailable, TimeSpan.Zero);

    public static PublicRateDecision OverLimit(TimeSpan retryAfter) => new(PublicRateVerdict.OverLimit, retryAfter);
}
