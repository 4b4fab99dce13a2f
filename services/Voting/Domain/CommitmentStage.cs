namespace RenminDaibiao.Voting.Domain;

public enum CommitmentStage
{
    Committed,
    MidYearChecked,
    Reviewed,
}
