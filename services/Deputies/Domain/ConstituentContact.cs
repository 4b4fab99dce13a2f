using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>A recorded contact between a deputy and constituents (联系选民); each also counts as a duty.</summary>
public sealed class ConstituentContact : IDivisionScoped
{
    public const int MaxSummaryLength = 1000;
    public const int MaxMethodLength = 16;

    private ConstituentContact()
    {
    }

    public Guid Id { get; private set; }

    public Guid DeputyId { get; private set; }

    public Guid? ConstituentId { get; private set; }

    public string DivisionCode { get; private set; } = "";

    public DateOnly Date { get; private set; }

    /// <summary>visit, phone, meeting or online.</summary>
    public string Method { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public Guid DutyRecordId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static IReadOnlyList<string> Methods { get; } = ["visit", "phone", "meeting", "online"];

    /// <summary>Records a contact and the duty record (kind contact-constituents) it earns.</summary>
    public static Outcome<RecordedContact> Record(
        Deputy deputy, Constituent? constituent, ContactInput input, string source, Guid recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        var summary = Text.Required(input.Summary, "summary", "联系内容", MaxSummaryLength, errors);
        if (input.Method is null || !Methods.Contains(input.Method))
        {
            errors.Add("method", "联系方式应为 visit、phone、meeting 或 online。");
        }

        var today = ChinaTime.DateOf(now);
        if (input.Date is not { } date)
        {
            errors.Add("date", "联系日期不能为空。");
        }
        else if (date > today || date < today.AddYears(-5))
        {
            errors.Add("date", "联系日期不能晚于今天，也不能早于五年前。");
        }

        if (errors.Any)
        {
            return Outcome<RecordedContact>.Invalid(errors);
        }

        var title = constituent is null ? $"联系选民：{Shorten(summary!)}" : $"联系选民{constituent.Name}：{Shorten(summary!)}";
        var duty = DutyRecord.Create(deputy, DutyKinds.ContactConstituents, title, summary, input.Date!.Value, source, recordedBy, null, now);
        var contact = new ConstituentContact
        {
            Id = Guid.CreateVersion7(),
            DeputyId = deputy.Id,
            ConstituentId = constituent?.Id,
            DivisionCode = deputy.DivisionCode,
            Date = input.Date!.Value,
            Method = input.Method!,
            Summary = summary!,
            DutyRecordId = duty.Id,
            RecordedAt = now,
        };
        return Outcome<RecordedContact>.Made(new RecordedContact(contact, duty));
    }

    internal void MoveTo(string divisionCode) => DivisionCode = divisionCode;

    /// <summary>A contact for an existing duty record, from trusted input (demo data).</summary>
    public static ConstituentContact Seed(
        Deputy deputy, Constituent? constituent, DateOnly date, string method, string summary, DutyRecord duty, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        ArgumentNullException.ThrowIfNull(duty);
        return new ConstituentContact
        {
            Id = Guid.CreateVersion7(),
            DeputyId = deputy.Id,
            ConstituentId = constituent?.Id,
            DivisionCode = deputy.DivisionCode,
            Date = date,
            Method = method,
            Summary = summary,
            DutyRecordId = duty.Id,
            RecordedAt = now,
        };
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
