namespace RenminDaibiao.Stations.Domain;

/// <summary>A question asked at the session and the answer given there.</summary>
public sealed class SessionQuestion
{
    public SessionQuestion(string question, string askedBy, string answer, string answeredBy)
    {
        Question = question;
        AskedBy = askedBy;
        Answer = answer;
        AnsweredBy = answeredBy;
    }

    public string Question { get; private set; }

    public string AskedBy { get; private set; }

    public string Answer { get; private set; }

    public string AnsweredBy { get; private set; }
}
