namespace RenminDaibiao.Voting.Domain;

public static class CommitmentOutcomes
{
    public const string OnTrack = "on-track";
    public const string Behind = "behind";
    public const string Completed = "completed";
    public const string PartiallyCompleted = "partially-completed";
    public const string NotCompleted = "not-completed";

    public static readonly IReadOnlyList<string> MidYear = [OnTrack, Behind, Completed];

    public static readonly IReadOnlyList<string> YearEnd = [Completed, PartiallyCompleted, NotCompleted];
}
