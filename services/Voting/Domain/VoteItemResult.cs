namespace RenminDaibiao.Voting.Domain;

public sealed record VoteItemResult(
    Guid ItemId,
    string Title,
    int Approve,
    int Oppose,
    int Abstain,
    int NotSelected,
    bool HasMajority,
    bool TiedAtBoundary,
    bool Passed);
