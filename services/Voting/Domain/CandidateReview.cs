namespace RenminDaibiao.Voting.Domain;

/// <summary>One stage's decision with the reviewer and the reason.</summary>
public sealed class CandidateReview(string stage, bool approved, string reviewer, string reason, DateTimeOffset decidedAt)
{
    public string Stage { get; private set; } = stage;

    public bool Approved { get; private set; } = approved;

    public string Reviewer { get; private set; } = reviewer;

    public string Reason { get; private set; } = reason;

    public DateTimeOffset DecidedAt { get; private set; } = decidedAt;
}
