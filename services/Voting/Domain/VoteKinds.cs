namespace RenminDaibiao.Voting.Domain;

public static class VoteKinds
{
    public const string ProjectVote = "project-vote";
    public const string Evaluation = "evaluation";
}
