namespace RenminDaibiao.Messaging;

public sealed class OutboxRelayOptions
{
    /// <summary>Rows locked and published per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the relay looks for rows when no SaveChanges signalled new ones (e.g. rows written by another instance).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Wait after the first failed pass; doubles on each further failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A publish that has not been confirmed by then counts as failed, so an unreachable broker cannot stall the relay forever.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
