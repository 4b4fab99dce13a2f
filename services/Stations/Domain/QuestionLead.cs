namespace RenminDaibiao.Stations.Domain;

/// <summary>A question lead (问题线索) collected before the session.</summary>
public sealed class QuestionLead
{
    public QuestionLead(string content, string submittedBy, DateTimeOffset submittedAt)
    {
        Content = content;
        SubmittedBy = submittedBy;
        SubmittedAt = submittedAt;
    }

    public string Content { get; private set; }

    public string SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }
}
