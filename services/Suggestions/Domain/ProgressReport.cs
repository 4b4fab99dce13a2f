namespace RenminDaibiao.Suggestions.Domain;

public sealed class ProgressReport
{
    private ProgressReport()
    {
        Note = "";
    }

    internal ProgressReport(string note, bool done, DateTimeOffset at)
    {
        Note = note;
        Done = done;
        At = at;
    }

    public string Note { get; private set; }

    public bool Done { get; private set; }

    public DateTimeOffset At { get; private set; }
}
