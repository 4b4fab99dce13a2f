namespace RenminDaibiao.Voting.Domain;

/// <summary>The published result of a satisfaction evaluation (满意度测评).</summary>
public sealed record EvaluationResult(
    int EligibleCount,
    int BallotCount,
    decimal Turnout,
    decimal Threshold,
    IReadOnlyList<SubjectResult> Subjects);
