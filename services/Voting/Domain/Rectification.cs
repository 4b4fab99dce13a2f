using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Voting.Domain;

public enum RectificationStatus
{
    /// <summary>Waiting for the subject to rectify (due 3 months after the evaluation closed).</summary>
    Rectifying,

    /// <summary>Rectified; the report to the standing committee is due 6 months after the evaluation closed.</summary>
    AwaitingReport,

    Reported,
}

/// <summary>
/// The rectification required of a subject whose satisfaction rate fell below the threshold:
/// rectify within 3 months, report within 6 months.
/// </summary>
public sealed class Rectification : IDivisionScoped
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

    public bool IsOverdue(DateTimeOffset now) => Status switch
    {
        RectificationStatus.Rectifying => now > RectificationDueAt,
        RectificationStatus.AwaitingReport => now > ReportDueAt,
        _ => false,
    };

    public static Rectification For(Vote evaluation, VoteItem subject, decimal rate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(subject);
        return new Rectification
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
    }

    public DeadlineSet RectificationDeadline() =>
        new(DeadlineKind, Id, $"{SubjectName}满意度测评整改", DivisionCode, UnitCode, RectificationDueAt);

    /// <summary>Records the rectification; the deadline moves to the report's due date.</summary>
    public (DeadlineSet? Deadline, DomainErrors Errors) RecordRectification(string? notes, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var clean = Text.Required(errors, "notes", notes, VotingLimits.NotesMaxLength, "整改情况");
        if (errors.Any)
        {
            return (null, errors);
        }

        if (Status != RectificationStatus.Rectifying)
        {
            throw new DomainConflictException("整改已记录", "该事项的整改情况已经记录。");
        }

        RectificationNotes = clean;
        RectifiedAt = now;
        Status = RectificationStatus.AwaitingReport;
        return (new DeadlineSet(DeadlineKind, Id, $"{SubjectName}整改情况报告", DivisionCode, UnitCode, ReportDueAt), errors);
    }

    public (DeadlineMet? Met, DomainErrors Errors) RecordReport(string? notes, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var clean = Text.Required(errors, "notes", notes, VotingLimits.NotesMaxLength, "整改报告");
        if (errors.Any)
        {
            return (null, errors);
        }

        if (Status != RectificationStatus.AwaitingReport)
        {
            throw new DomainConflictException("不能报告", Status == RectificationStatus.Reported ? "整改报告已提交。" : "请先记录整改情况。");
        }

        ReportNotes = clean;
        ReportedAt = now;
        Status = RectificationStatus.Reported;
        return (new DeadlineMet(DeadlineKind, Id), errors);
    }
}
