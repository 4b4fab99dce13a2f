using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

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
    public static Outcome<Hearing> Publish(
        string? divisionCode, string? title, string? topic, string? place, string? officials, DateTimeOffset? heldAt, Actor by, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        DivisionCodes.Require(divisionCode, errors);

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
            return Outcome<Hearing>.Invalid(errors);
        }

        return Outcome<Hearing>.Made(new Hearing
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
        });
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
    public Outcome<FollowUpLetter> IssueLetter(string? unitCode, string? subject, string? body, Actor by, DateTimeOffset now)
    {
        if (Status != HearingStatus.Held)
        {
            return Outcome<FollowUpLetter>.Illegal("问政活动举行并登记后才能发出交办函。");
        }

        var errors = new DomainErrors();
        var unit = Text.Required(unitCode, "unitCode", "承办单位", StationsLimits.MaxUnitCodeLength, errors);
        var cleanSubject = Text.Required(subject, "subject", "交办事项", FollowUpLetter.MaxSubjectLength, errors);
        var cleanBody = Text.Required(body, "body", "交办内容", FollowUpLetter.MaxBodyLength, errors);
        if (errors.Any)
        {
            return Outcome<FollowUpLetter>.Invalid(errors);
        }

        return Outcome<FollowUpLetter>.Made(new FollowUpLetter(this, unit!, cleanSubject!, cleanBody!, by, now));
    }
}
