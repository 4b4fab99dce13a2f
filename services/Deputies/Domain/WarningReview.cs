using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>
/// What staff recorded about one deputy's warning (预警) of one year: a justified reason (正当理由) that exempts
/// the deputy from the list, and the warning talk (预警谈话) held with them.
/// </summary>
public sealed class WarningReview : IDivisionScoped
{
    public const int MaxTextLength = 1000;

    private WarningReview()
    {
    }

    public Guid Id { get; private set; }

    public Guid DeputyId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The deputy's division.</summary>
    public string DivisionCode { get; private set; } = "";

    public string? JustifiedReason { get; private set; }

    public Guid? JustifiedBy { get; private set; }

    public DateTimeOffset? JustifiedAt { get; private set; }

    public DateOnly? TalkDate { get; private set; }

    public string? TalkNote { get; private set; }

    public Guid? TalkRecordedBy { get; private set; }

    /// <summary>A justified reason exempts the deputy from that year's warning list.</summary>
    public bool Exempt => JustifiedReason is not null;

    public static WarningReview Open(Deputy deputy, int year)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        return new WarningReview { Id = Guid.CreateVersion7(), DeputyId = deputy.Id, Year = year, DivisionCode = deputy.DivisionCode };
    }

    /// <summary>Records (or corrects) the justified reason that exempts the deputy.</summary>
    public Outcome Justify(string? reason, Guid staffId, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var text = Text.Required(reason, "reason", "正当理由", MaxTextLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        JustifiedReason = text;
        JustifiedBy = staffId;
        JustifiedAt = now;
        return Outcome.Done;
    }

    /// <summary>Records the warning talk: when it was held (within the year or after it, never ahead) and what was said.</summary>
    public Outcome RecordTalk(DateOnly? date, string? note, Guid staffId, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var text = Text.Required(note, "note", "谈话情况", MaxTextLength, errors);
        if (date is not { } day)
        {
            errors.Add("date", "谈话日期不能为空。");
        }
        else if (day > ChinaTime.DateOf(now) || day.Year < Year)
        {
            errors.Add("date", "谈话日期不能晚于今天，也不能早于预警年度。");
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        TalkDate = date;
        TalkNote = text;
        TalkRecordedBy = staffId;
        return Outcome.Done;
    }
}
