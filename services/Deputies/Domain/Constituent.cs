using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>A voter a deputy keeps in regular contact with (固定联系选民).</summary>
public sealed class Constituent : IDivisionScoped
{
    public const int MaxNameLength = 50;
    public const int MaxAddressLength = 200;
    public const int MaxNoteLength = 500;

    private Constituent()
    {
    }

    public Guid Id { get; private set; }

    public Guid DeputyId { get; private set; }

    /// <summary>The deputy's division.</summary>
    public string DivisionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? Address { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public static (Constituent? Constituent, DomainErrors Errors) Add(Deputy deputy, ConstituentInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        var constituent = new Constituent { Id = Guid.CreateVersion7(), DeputyId = deputy.Id, DivisionCode = deputy.DivisionCode, AddedAt = now };
        constituent.Apply(input, errors);
        return errors.Any ? (null, errors) : (constituent, errors);
    }

    public DomainErrors Update(ConstituentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        Apply(input, errors);
        return errors;
    }

    internal void MoveTo(string divisionCode) => DivisionCode = divisionCode;

    private void Apply(ConstituentInput input, DomainErrors errors)
    {
        var name = Text.Required(errors, "name", input.Name, MaxNameLength, "姓名");
        var phone = input.Phone?.Trim();
        if (!string.IsNullOrEmpty(phone) && !Domain.Phone.IsValid(phone))
        {
            errors.Add("phone", Domain.Phone.InvalidMessage);
        }

        var address = Text.Optional(errors, "address", input.Address, MaxAddressLength, "住址");
        var note = Text.Optional(errors, "note", input.Note, MaxNoteLength, "备注");
        if (errors.Any)
        {
            return;
        }

        Name = name!;
        Phone = string.IsNullOrEmpty(phone) ? null : phone;
        Address = address;
        Note = note;
    }
}

public sealed record ConstituentInput(string? Name, string? Phone, string? Address, string? Note);

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
    public static (ConstituentContact? Contact, DutyRecord? Duty, DomainErrors Errors) Record(
        Deputy deputy, Constituent? constituent, ContactInput input, string source, Guid recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        var summary = Text.Required(errors, "summary", input.Summary, MaxSummaryLength, "联系内容");
        if (input.Method is null || !Methods.Contains(input.Method))
        {
            errors.Add("method", "联系方式应为 visit、phone、meeting 或 online。");
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
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
            return (null, null, errors);
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
        return (contact, duty, errors);
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

public sealed record ContactInput(Guid? ConstituentId, DateOnly? Date, string? Method, string? Summary);
