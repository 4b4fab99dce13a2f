namespace RenminDaibiao.Suggestions.Infrastructure;

/// <summary>"Suggestions:OverdueEscalation": how often the background check looks for answers that became overdue.</summary>
public sealed class OverdueEscalationOptions
{
    public const string SectionName = "Suggestions:OverdueEscalation";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Suggestions escalated per transaction; a larger backlog is worked off batch after batch.</summary>
    public int BatchSize { get; set; } = 100;
}
