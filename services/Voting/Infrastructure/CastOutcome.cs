namespace RenminDaibiao.Voting.Infrastructure;

public enum CastOutcome
{
    Accepted,

    /// <summary>The voter already has a participation row for this vote (409).</summary>
    AlreadyVoted,

    /// <summary>The vote closed (or was never open) by the time the ballot reached the box (409).</summary>
    NotOpen,
}
