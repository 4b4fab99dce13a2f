namespace RenminDaibiao.Voting.Infrastructure;

/// <summary>Settings under "Voting".</summary>
public sealed class VotingOptions
{
    /// <summary>The satisfaction rate below which a subject must rectify, unless an evaluation sets its own (default 60%).</summary>
    public decimal SatisfactionThreshold { get; set; } = Domain.Vote.DefaultThreshold;
}
