namespace RenminDaibiao.Voting.Domain;

/// <summary>
/// Proof that a voter took part: the (vote, voter) key is unique, so nobody votes twice. It holds
/// nothing else: no time, no sequence, no link to the ballot.
/// </summary>
public sealed class Participation(Guid voteId, Guid voterId)
{
    public Guid VoteId { get; private set; } = voteId;

    public Guid VoterId { get; private set; } = voterId;
}
