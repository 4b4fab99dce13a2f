namespace RenminDaibiao.Voting.Domain;

public enum CandidateStatus
{
    UnderReview,
    Approved,
    Rejected,
}
