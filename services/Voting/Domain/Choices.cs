namespace RenminDaibiao.Voting.Domain;

public static class Choices
{
    public const string Approve = "approve";
    public const string Oppose = "oppose";
    public const string Abstain = "abstain";
    public const string Satisfied = "satisfied";
    public const string BasicallySatisfied = "basically-satisfied";
    public const string Unsatisfied = "unsatisfied";

    public static readonly IReadOnlyList<string> PerCandidate = [Approve, Oppose, Abstain];

    public static readonly IReadOnlyList<string> Satisfaction = [Satisfied, BasicallySatisfied, Unsatisfied];
}
