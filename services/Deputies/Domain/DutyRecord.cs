using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>One duty a deputy performed (履职登记), recorded by staff, by the deputy, or from another service's event.</summary>
public sealed class DutyRecord : IDivisionScoped
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxSourceKeyLength = 100;
    public const int MaxReviewNoteLength = 500;

    /// <summary>The review a record may undergo: only a pending record is confirmed or rejected, once.</summary>
    private static readonly IReadOnlyDictionary<(string From, string To), bool> Reviews = new Dictionary<(string, string), bool>
    {
        [(DutyStatuses.Pending, DutyStatuses.Confirmed)] = true,
        [(DutyStatuses.Pending, DutyStatuses.Rejected)] = true,
    };

    private DutyRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid DeputyId { get; private set; }

    public string DeputyName { get; private set; } = "";

    /// <summary>The deputy's division.</summary>
    public string DivisionCode { get; private set; } = "";

    /// <summary>The congress whose points rules apply; null uses the default rules.</summary>
    public Guid? CongressId { get; private set; }

    public string Kind { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>staff, deputy or event.</summary>
    public string Source { get; private set; } = "";

    /// <summary>For records made from events: what they were made from (e.g. "suggestion:{id}"); unique per deputy.</summary>
    public string? SourceKey { get; private set; }

    public Guid? RecordedBy { get; private set; }

    /// <summary>pending, confirmed or rejected (<see cref="DutyStatuses"/>); only confirmed records earn points.</summary>
    public string Status { get; private set; } = DutyStatuses.Confirmed;

    public Guid? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Why staff rejected the record.</summary>
    public string? ReviewNote { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Records a duty from trusted input (events, contacts, demo data).</summary>
    public static DutyRecord Create(
        Deputy deputy, string kind, string title, string? description, DateOnly date, string source, Guid? recordedBy,
        string? sourceKey, DateTimeOffset now, Guid? congressId = null)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        return new DutyRecord
        {
            Id = Guid.CreateVersion7(),
            DeputyId = deputy.Id,
            DeputyName = deputy.Name,
            DivisionCode = deputy.DivisionCode,
            CongressId = congressId ?? deputy.PrimarySeat?.CongressId,
            Kind = kind,
            Title = title.Length > MaxTitleLength ? title[..MaxTitleLength] : title,
            Description = description,
            Date = date,
            Source = source,
            Status = source == DutySources.Deputy ? DutyStatuses.Pending : DutyStatuses.Confirmed,
            SourceKey = sourceKey,
            RecordedBy = recordedBy,
            RecordedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Records a duty a person entered, or explains which fields break the rules.</summary>
    public static Outcome<DutyRecord> Record(
        Deputy deputy, DutyInput input, string source, Guid recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        ArgumentNullException.ThrowIfNull(input);
        var errors = Validate(deputy, input, now, out var title, out var description);
        return errors.Any
            ? Outcome<DutyRecord>.Invalid(errors)
            : Outcome<DutyRecord>.Made(Create(deputy, input.Kind!, title!, description, input.Date!.Value, source, recordedBy, null, now, input.CongressId));
    }

    /// <summary>
    /// Corrects a record entered by a person; records made from events are corrected at their source. A deputy's
    /// correction of their own record waits for staff again, so a confirmed record cannot be turned into another.
    /// </summary>
    public Outcome Update(Deputy deputy, DutyInput input, bool byStaff, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        ArgumentNullException.ThrowIfNull(input);
        if (Source == DutySources.Event)
        {
            return Outcome.Illegal("系统自动登记的履职记录不能修改。");
        }

        var errors = Validate(deputy, input, now, out var title, out var description);
        if (input.DeputyId is { } deputyId && deputyId != DeputyId)
        {
            errors.Add("deputyId", "履职记录所属代表不能修改。");
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        Kind = input.Kind!;
        Title = title!;
        Description = description;
        Date = input.Date!.Value;
        CongressId = input.CongressId ?? CongressId;
        if (!byStaff && Source == DutySources.Deputy)
        {
            Status = DutyStatuses.Pending;
            ReviewedBy = null;
            ReviewedAt = null;
            ReviewNote = null;
        }

        UpdatedAt = now;
        return Outcome.Done;
    }

    /// <summary>Staff confirm a record the deputy entered: from now on it earns points.</summary>
    public Outcome Confirm(Guid staffId, DateTimeOffset now) => Review(DutyStatuses.Confirmed, staffId, null, now);

    /// <summary>Staff reject a record the deputy entered, saying why; it earns nothing.</summary>
    public Outcome Reject(Guid staffId, string? reason, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var note = Text.Required(reason, "reason", "不予确认的理由", MaxReviewNoteLength, errors);
        return errors.Any ? Outcome.Invalid(errors) : Review(DutyStatuses.Rejected, staffId, note, now);
    }

    private Outcome Review(string to, Guid staffId, string? note, DateTimeOffset now)
    {
        if (!Reviews.ContainsKey((Status, to)))
        {
            return Outcome.Illegal($"该履职记录{DutyStatuses.Label(Status)}，不能再{(to == DutyStatuses.Confirmed ? "确认" : "退回")}。");
        }

        Status = to;
        ReviewedBy = staffId;
        ReviewedAt = now;
        ReviewNote = note;
        UpdatedAt = now;
        return Outcome.Done;
    }

    /// <summary>Keeps the copied deputy name and division in step with the deputy.</summary>
    internal void FollowDeputy(Deputy deputy)
    {
        DeputyName = deputy.Name;
        DivisionCode = deputy.DivisionCode;
    }

    private static DomainErrors Validate(Deputy deputy, DutyInput input, DateTimeOffset now, out string? title, out string? description)
    {
        var errors = new DomainErrors();
        if (!DutyKinds.IsValid(input.Kind))
        {
            errors.Add("kind", "履职类别无效，应为十二类履职之一。");
        }

        title = Text.Required(input.Title, "title", "履职事项", MaxTitleLength, errors);
        description = Text.Optional(input.Description, "description", "说明", MaxDescriptionLength, errors);
        var today = ChinaTime.DateOf(now);
        if (input.Date is not { } date)
        {
            errors.Add("date", "履职日期不能为空。");
        }
        else if (date > today || date < today.AddYears(-5))
        {
            errors.Add("date", "履职日期不能晚于今天，也不能早于五年前。");
        }

        if (input.CongressId is { } congressId && deputy.Seats.All(seat => seat.CongressId != congressId))
        {
            errors.Add("congressId", "该代表未在这届人大任职。");
        }

        return errors;
    }
}
