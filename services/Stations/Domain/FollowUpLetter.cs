using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>A follow-up letter (交办函) after a 问政 session, answered by the unit within one month and tracked like an opinion.</summary>
public sealed class FollowUpLetter : EventSource, IDivisionScoped
{
    public const string DeadlineItemKind = "follow-up-letter";
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 2000;
    public const int MaxAnswerLength = 2000;

    private FollowUpLetter()
    {
        DivisionCode = "";
        UnitCode = "";
        Subject = "";
        Body = "";
        IssuedBy = "";
    }

    internal FollowUpLetter(Hearing hearing, string unitCode, string subject, string body, Actor by, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        HearingId = hearing.Id;
        DivisionCode = hearing.DivisionCode;
        UnitCode = unitCode;
        Subject = subject;
        Body = body;
        IssuedAt = now;
        IssuedBy = by.Name;
        DueAt = now.AddMonths(1);
        Status = LetterStatus.Issued;
        Raise(new DeadlineSet(DeadlineItemKind, Id, subject, DivisionCode, unitCode, DueAt));
    }

    public Guid Id { get; private set; }

    public Guid HearingId { get; private set; }

    public string DivisionCode { get; private set; }

    public string UnitCode { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public LetterStatus Status { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL xmin): of two people changing it at once, the second gets a conflict.</summary>
    public uint Version { get; private set; }

    public string? Answer { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnsweredBy { get; private set; }

    public bool Overdue(DateTimeOffset now) => Status == LetterStatus.Issued && now > DueAt;

    public Outcome RecordAnswer(string? answer, Actor by, DateTimeOffset now)
    {
        if (Status != LetterStatus.Issued)
        {
            return Outcome.Illegal("该交办函已答复。");
        }

        var errors = new DomainErrors();
        var cleanAnswer = Text.Required(answer, "answer", "答复内容", MaxAnswerLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        Answer = cleanAnswer;
        AnsweredAt = now;
        AnsweredBy = by.Name;
        Status = LetterStatus.Answered;
        Raise(new DeadlineMet(DeadlineItemKind, Id));
        return Outcome.Done;
    }
}
