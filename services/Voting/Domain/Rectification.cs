using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Voting.Domain;

/// <summary>
/// The rectification required of a subject whose satisfaction rate fell below the threshold:
/// rectify within 3 months, report within 6 months.
/// </summary>
public sealed class Rectification : EventSource, IDivisionScoped
{
    public const string DeadlineKind = "rectification";

    private Rectification()
    {
        DivisionCode = "";
        SubjectName = "";
        EvaluationTitle = "";
    }

    public Guid Id { get; private set; }

    public Guid EvaluationId { get; private set; }

    public string EvaluationTitle { get; private set; }

    public Guid SubjectId { get; private set; }

    public string SubjectName { get; private set; }

    public string? UnitCode { get; private set; }

    public string DivisionCode { get; private set; }

    public decimal SatisfactionRate { get; private set; }

    public RectificationStatus Status { get; private set; }

    public DateTimeOffset RectificationDueAt { get; private set; }

    public DateTimeOffset ReportDueAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? RectificationNotes { get; private set; }

    public DateTimeOffset? RectifiedAt { get; private set; }

    public string? ReportNotes { get; private set; }

    public DateTimeOffset? ReportedAt { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL xmin): two concurrent transitions cannot both win.</summary>
    public uint Version { get; private set; }

    public bool IsOverdue(DateTimeOffset now) => Status switch
    {
        RectificationStatus.Rectifying => now > RectificationDueAt,
        RectificationStatus.AwaitingReport => now > ReportDueAt,
        _ => false,
    };

    /// <summary>The rectification of a subject below the threshold; raises its first deadline (rectify within 3 months).</summary>
    internal static Rectification For(Vote evaluation, VoteItem subject, decimal rate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(subject);
        var rectification = new Rectification
        {
            Id = Guid.CreateVersion7(),
            EvaluationId = evaluation.Id,
            EvaluationTitle = evaluation.Title,
            SubjectId = subject.Id,
            SubjectName = subject.Title,
            UnitCode = subject.UnitCode,
            DivisionCode = evaluation.DivisionCode,
            SatisfactionRate = rate,
            Status = RectificationStatus.Rectifying,
            RectificationDueAt = now.AddMonths(3),
            ReportDueAt = now.AddMonths(6),
            CreatedAt = now,
        };
        rectification.Raise(new DeadlineSet(
            DeadlineKind, rectification.Id, $"{rectification.SubjectName}满意度测评整改", rectification.DivisionCode, rectification.UnitCode,
            rectification.RectificationDueAt));
        return rectification;
    }

    /// <summary>Records the rectification; the deadline moves to the report's due date (raised as DeadlineSet).</summary>
    public Outcome RecordRectification(string? notes, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var clean = Text.Required(notes, "notes", "整改情况", VotingLimits.NotesMaxLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (Status != RectificationStatus.Rectifying)
        {
            return Outcome.Illegal("该事项的整改情况已经记录。");
        }

        RectificationNotes = clean;
        RectifiedAt = now;
        Status = RectificationStatus.AwaitingReport;
        Raise(new DeadlineSet(DeadlineKind, Id, $"{SubjectName}整改情况报告", DivisionCode, UnitCode, ReportDueAt));
        return Outcome.Done;
    }

    /// <summary>Records the report to the standing committee; the deadline is met (raised as DeadlineMet).</summary>
    public Outcome RecordReport(string? notes, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var clean = Text.Required(notes, "notes", "整改报告", VotingLimits.NotesMaxLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (Status != RectificationStatus.AwaitingReport)
        {
            return Outcome.Illegal(Status == RectificationStatus.Reported ? "整改报告已提交。" : "请先记录整改情况。");
        }

        ReportNotes = clean;
        ReportedAt = now;
        Status = RectificationStatus.Reported;
        Raise(new DeadlineMet(DeadlineKind, Id));
        return Outcome.Done;
    }
}
