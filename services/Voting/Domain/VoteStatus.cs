namespace RenminDaibiao.Voting.Domain;

public enum VoteStatus
{
    Draft,
    Open,
    Closed,
}
