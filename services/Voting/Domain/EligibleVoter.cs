namespace RenminDaibiao.Voting.Domain;

/// <summary>One voter on the list snapshotted when a vote opened.</summary>
public sealed class EligibleVoter(Guid voteId, Guid voterId)
{
    public Guid VoteId { get; private set; } = voteId;

    public Guid VoterId { get; private set; } = voterId;
}
