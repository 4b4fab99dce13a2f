namespace RenminDaibiao.Voting.Domain;

public sealed record SubjectResult(
    Guid ItemId,
    string Title,
    int Satisfied,
    int BasicallySatisfied,
    int Unsatisfied,
    int Valid,
    decimal? SatisfactionRate,
    bool BelowThreshold);
