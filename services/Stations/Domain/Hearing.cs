using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

public enum HearingStatus
{
    /// <summary>The notice is out; question leads are collected.</summary>
    Published,

    /// <summary>The session took place; its questions and answers are on record; follow-up letters may go out.</summary>
    Held,
}

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

public sealed record SessionQuestionDraft(string? Question, string? AskedBy, string? Answer, string? AnsweredBy);

/// <summary>A 问政 session: published a month ahead, leads collected, held, then followed up by letters (交办函).</summary>
public sealed class Hearing : IDivisionScoped
{
    public const int MaxTitleLength = 100;
    public const int MaxTopicLength = 500;

    /// <summary>The place of the session, and the officials or departments questioned.</summary>
    public const int MaxPlaceLength = 200;
    public const int MaxOfficialsLength = 200;
    public const int MaxLeadLength = 1000;
    public const int MaxSummaryLength = 2000;

    /// <summary>Questions answered in one session (a session takes half a day).</summary>
    public const int MaxQuestions = 100;
    public const int MaxQuestionLength = 1000;

    /// <summary>Who asked a question at the session, and who answered it.</summary>
    public const int MaxSpeakerLength = 100;
    public const int MaxAnswerLength = 2000;

    private readonly List<QuestionLead> _leads = [];
    private readonly List<SessionQuestion> _questions = [];

    private Hearing()
    {
        DivisionCode = "";
        Title = "";
        Topic = "";
        Place = "";
        PublishedBy = "";
    }

    public Guid Id { get; private set; }

    public string DivisionCode { get; private set; }

    public string Title { get; private set; }

    public string Topic { get; private set; }

    public string Place { get; private set; }

    /// <summary>The officials or departments questioned (e.g. 住建局局长).</summary>
    public string? Officials { get; private set; }

    public DateTimeOffset HeldAt { get; private set; }

    public HearingStatus Status { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL xmin): of two people changing it at once, the second gets a conflict.</summary>
    public uint Version { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public string? Summary { get; private set; }

    public IReadOnlyList<QuestionLead> Leads => _leads;

    public IReadOnlyList<SessionQuestion> Questions => _questions;

    /// <summary>Publishes the notice; the session must be at least one month ahead (提前一个月公告).</summary>
    public static (Hearing? Hearing, DomainErrors Errors) Publish(
        string? divisionCode, string? title, string? topic, string? place, string? officials, DateTimeOffset? heldAt, Actor by, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        if (!DivisionCodes.IsValid(divisionCode))
        {
            errors.Add("divisionCode", DivisionCodes.InvalidMessage);
        }

        var cleanTitle = Text.Required(title, "title", "标题", MaxTitleLength, errors);
        var cleanTopic = Text.Required(topic, "topic", "问政主题", MaxTopicLength, errors);
        var cleanPlace = Text.Required(place, "place", "地点", MaxPlaceLength, errors);
        var cleanOfficials = Text.Optional(officials, "officials", "问政对象", MaxOfficialsLength, errors);
        if (heldAt is null)
        {
            errors.Add("heldAt", "请指定问政时间。");
        }
        else if (heldAt < now.AddMonths(1))
        {
            errors.Add("heldAt", "问政活动须提前一个月发布公告，时间至少应在一个月之后。");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        return (new Hearing
        {
            Id = Guid.CreateVersion7(),
            DivisionCode = divisionCode!,
            Title = cleanTitle!,
            Topic = cleanTopic!,
            Place = cleanPlace!,
            Officials = cleanOfficials,
            HeldAt = heldAt!.Value.ToUniversalTime(),
            Status = HearingStatus.Published,
            PublishedAt = now,
            PublishedBy = by.Name,
        }, errors);
    }

    /// <summary>Collects a question lead; only before the session.</summary>
    public Outcome AddLead(string? content, Actor by, DateTimeOffset now)
    {
        if (Status != HearingStatus.Published || now >= HeldAt)
        {
            return Outcome.Illegal("问政活动已开始，不再征集问题线索。");
        }

        var errors = new DomainErrors();
        var cleanContent = Text.Required(content, "content", "问题线索", MaxLeadLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        _leads.Add(new QuestionLead(cleanContent!, by.Name, now));
        return Outcome.Done;
    }

    /// <summary>Records the session's questions and answers; only on or after its date, and once.</summary>
    public Outcome RecordSession(IReadOnlyList<SessionQuestionDraft>? questions, string? summary, DateTimeOffset now)
    {
        if (Status != HearingStatus.Published)
        {
            return Outcome.Illegal("问政活动记录已登记。");
        }

        if (ChinaTime.DateOf(now) < ChinaTime.DateOf(HeldAt))
        {
            return Outcome.Illegal("问政活动尚未举行。");
        }

        var errors = new DomainErrors();
        var cleanSummary = Text.Optional(summary, "summary", "活动综述", MaxSummaryLength, errors);
        var drafts = questions ?? [];
        if (drafts.Count == 0)
        {
            errors.Add("questions", "请至少登记一个问答。");
        }
        else if (!Lists.WithinLimits(drafts, "questions", "问答", MaxQuestions, errors))
        {
            drafts = [];
        }

        var recorded = new List<SessionQuestion>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var question = Text.Required(draft.Question, $"questions[{i}].question", "问题", MaxQuestionLength, errors);
            var askedBy = Text.Required(draft.AskedBy, $"questions[{i}].askedBy", "提问人", MaxSpeakerLength, errors);
            var answer = Text.Required(draft.Answer, $"questions[{i}].answer", "答复", MaxAnswerLength, errors);
            var answeredBy = Text.Required(draft.AnsweredBy, $"questions[{i}].answeredBy", "答复人", MaxSpeakerLength, errors);
            if (question is not null && askedBy is not null && answer is not null && answeredBy is not null)
            {
                recorded.Add(new SessionQuestion(question, askedBy, answer, answeredBy));
            }
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        _questions.AddRange(recorded);
        Summary = cleanSummary;
        Status = HearingStatus.Held;
        RecordedAt = now;
        return Outcome.Done;
    }

    /// <summary>Issues a follow-up letter (交办函) to a unit with a one-month deadline; only after the session.</summary>
    public (FollowUpLetter? Letter, Outcome Outcome) IssueLetter(string? unitCode, string? subject, string? body, Actor by, DateTimeOffset now)
    {
        if (Status != HearingStatus.Held)
        {
            return (null, Outcome.Illegal("问政活动举行并登记后才能发出交办函。"));
        }

        var errors = new DomainErrors();
        var unit = Text.Required(unitCode, "unitCode", "承办单位", StationsLimits.MaxUnitCodeLength, errors);
        var cleanSubject = Text.Required(subject, "subject", "交办事项", FollowUpLetter.MaxSubjectLength, errors);
        var cleanBody = Text.Required(body, "body", "交办内容", FollowUpLetter.MaxBodyLength, errors);
        if (errors.Any)
        {
            return (null, Outcome.Invalid(errors));
        }

        return (new FollowUpLetter(this, unit!, cleanSubject!, cleanBody!, by, now), Outcome.Done);
    }
}

public enum LetterStatus
{
    Issued,
    Answered,
}

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
