namespace RenminDaibiao.Voting.Domain;

public sealed class CommitmentItem(Guid id, string content)
{
    public Guid Id { get; private set; } = id;

    public string Content { get; private set; } = content;

    public string? MidYearOutcome { get; private set; }

    public string? MidYearNotes { get; private set; }

    public string? YearEndOutcome { get; private set; }

    public string? YearEndNotes { get; private set; }

    internal void RecordMidYear(string outcome, string notes)
    {
        MidYearOutcome = outcome;
        MidYearNotes = notes;
    }

    internal void RecordYearEnd(string outcome, string notes)
    {
        YearEndOutcome = outcome;
        YearEndNotes = notes;
    }
}
