namespace RenminDaibiao.Voting.Domain;

/// <summary>The published result of a 民生实事 vote; stored once, when the vote closes, and never changed.</summary>
public sealed record ProjectVoteResult(
    int EligibleCount,
    int BallotCount,
    decimal Turnout,
    bool QuorumMet,
    int VotesNeeded,
    int? MaxChoices,
    IReadOnlyList<VoteItemResult> Items,
    string Rule);
