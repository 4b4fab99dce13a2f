namespace RenminDaibiao.Suggestions.Domain;

public sealed class Answer
{
    private Answer()
    {
        Content = "";
        UnitCode = "";
    }

    internal Answer(int round, AnswerCategory category, string content, string? reason, string unitCode, DateTimeOffset answeredAt, DateTimeOffset dueAt, bool onTime)
    {
        Round = round;
        Category = category;
        Content = content;
        Reason = reason;
        UnitCode = unitCode;
        AnsweredAt = answeredAt;
        DueAt = dueAt;
        OnTime = onTime;
    }

    public int Round { get; private set; }

    public AnswerCategory Category { get; private set; }

    public string Content { get; private set; }

    public string? Reason { get; private set; }

    public string UnitCode { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public bool OnTime { get; private set; }
}
