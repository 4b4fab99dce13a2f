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

    public static Outcome<Constituent> Add(Deputy deputy, ConstituentInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        var constituent = new Constituent { Id = Guid.CreateVersion7(), DeputyId = deputy.Id, DivisionCode = deputy.DivisionCode, AddedAt = now };
        constituent.Apply(input, errors);
        return errors.Any ? Outcome<Constituent>.Invalid(errors) : Outcome<Constituent>.Made(constituent);
    }

    public Outcome Update(ConstituentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        Apply(input, errors);
        return Outcome.From(errors);
    }

    internal void MoveTo(string divisionCode) => DivisionCode = divisionCode;

    private void Apply(ConstituentInput input, DomainErrors errors)
    {
        var name = Text.Required(input.Name, "name", "姓名", MaxNameLength, errors);
        var phone = Phones.Normalize(input.Phone, "phone", errors);

        var address = Text.Optional(input.Address, "address", "住址", MaxAddressLength, errors);
        var note = Text.Optional(input.Note, "note", "备注", MaxNoteLength, errors);
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
