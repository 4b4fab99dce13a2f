using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>A people's deputy (人大代表): one person, who may hold seats in several congresses of the five levels.</summary>
public sealed class Deputy : IDivisionScoped
{
    public const int MaxNameLength = 50;
    public const int MaxEthnicityLength = 20;
    public const int MaxOccupationLength = 100;
    public const int MaxConstituencyLength = 100;
    public const int MaxStationNameLength = 100;

    /// <summary>Seats given with the registration: one per level (five) with room for a by-election or two.</summary>
    public const int MaxSeatsAtRegistration = 10;

    private Deputy()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>male or female.</summary>
    public string Gender { get; private set; } = "";

    /// <summary>民族, e.g. 汉族.</summary>
    public string Ethnicity { get; private set; } = "";

    public DateOnly BirthDate { get; private set; }

    /// <summary>The full number; only the deputy sees it unmasked.</summary>
    public string Phone { get; private set; } = "";

    public string? Occupation { get; private set; }

    /// <summary>The division the deputy lives and serves in (their station's division).</summary>
    public string DivisionCode { get; private set; } = "";

    /// <summary>The electoral district (选区) or electing unit.</summary>
    public string? Constituency { get; private set; }

    /// <summary>The liaison station the deputy is assigned to (a reference into the Stations service).</summary>
    public Guid? StationId { get; private set; }

    public string? StationName { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public List<DeputySeat> Seats { get; private set; } = [];

    /// <summary>serving while any seat is; otherwise the status of the last changed seat.</summary>
    public string Status => StatusOf(Seats);

    /// <summary>The seat whose congress's points rules apply by default: the most local serving one.</summary>
    public DeputySeat? PrimarySeat =>
        Seats.Where(seat => seat.Status == SeatStatuses.Serving).OrderBy(seat => CongressLevels.Rank(seat.Level)).FirstOrDefault();

    public static string StatusOf(IEnumerable<DeputySeat> seats)
    {
        var list = seats.ToList();
        if (list.Count == 0 || list.Any(seat => seat.Status == SeatStatuses.Serving))
        {
            return SeatStatuses.Serving;
        }

        return list.OrderByDescending(seat => seat.ChangedAt).First().Status;
    }

    /// <summary>Registers a deputy, or explains which fields break the rules.</summary>
    public static (Deputy? Deputy, DomainErrors Errors) Register(DeputyInput input, DateTimeOffset now, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        if (!DivisionCodes.IsValid(input.DivisionCode))
        {
            errors.Add("divisionCode", DivisionCodes.InvalidMessage);
        }

        var deputy = new Deputy { Id = id ?? Guid.CreateVersion7(), RegisteredAt = now };
        deputy.Apply(input, errors, now);
        return errors.Any ? (null, errors) : (deputy, errors);
    }

    /// <summary>Changes the personal data, the division and the station assignment.</summary>
    public DomainErrors Update(DeputyInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        if (!DivisionCodes.IsValid(input.DivisionCode))
        {
            errors.Add("divisionCode", DivisionCodes.InvalidMessage);
        }

        Apply(input, errors, now);
        return errors;
    }

    /// <summary>Gives the deputy a serving seat in <paramref name="congress"/>.</summary>
    public (DeputySeat? Seat, DomainErrors Errors) AddSeat(Congress congress, string? constituency, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(congress);
        var errors = new DomainErrors();
        var trimmed = Text.Optional(errors, "constituency", constituency, MaxConstituencyLength, "选区");
        if (Seats.Any(seat => seat.CongressId == congress.Id && seat.Status == SeatStatuses.Serving))
        {
            errors.Add("congressId", "该代表已在这届人大任职。");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var seat = DeputySeat.Create(congress, trimmed ?? Constituency, now);
        Seats.Add(seat);
        UpdatedAt = now;
        return (seat, errors);
    }

    /// <summary>
    /// Changes a seat's status: a serving seat may end by resignation or removal; an ended seat does not
    /// serve again (a new seat is added instead). Returns null when the deputy has no such seat.
    /// </summary>
    public (DeputySeat? Seat, DomainErrors Errors) ChangeSeat(Guid seatId, string? status, string? constituency, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var seat = Seats.FirstOrDefault(candidate => candidate.Id == seatId);
        if (seat is null)
        {
            return (null, errors);
        }

        if (status is not null && !SeatStatuses.IsValid(status))
        {
            errors.Add("status", "任职状态应为 serving、resigned 或 removed。");
        }

        var trimmed = Text.Optional(errors, "constituency", constituency, MaxConstituencyLength, "选区");
        if (errors.Any)
        {
            return (seat, errors);
        }

        if (status is not null && status != seat.Status)
        {
            if (seat.Status != SeatStatuses.Serving)
            {
                throw new DomainConflictException($"该席位已{(seat.Status == SeatStatuses.Resigned ? "辞职" : "罢免")}，不能再改为其他状态。");
            }

            seat.ChangeStatus(status, now);
        }

        if (trimmed is not null)
        {
            seat.ChangeConstituency(trimmed, now);
        }

        UpdatedAt = now;
        return (seat, errors);
    }

    /// <summary>Brings the deputy's copies (seats, constituents, contacts, duty records) in line after a change.</summary>
    public void Propagate(IEnumerable<Constituent> constituents, IEnumerable<ConstituentContact> contacts, IEnumerable<DutyRecord> records)
    {
        ArgumentNullException.ThrowIfNull(constituents);
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(records);
        foreach (var constituent in constituents)
        {
            constituent.MoveTo(DivisionCode);
        }

        foreach (var contact in contacts)
        {
            contact.MoveTo(DivisionCode);
        }

        foreach (var record in records)
        {
            record.FollowDeputy(this);
        }
    }

    /// <summary>Follows a renamed congress in the copies kept on its seats.</summary>
    public void FollowCongress(Congress congress)
    {
        ArgumentNullException.ThrowIfNull(congress);
        foreach (var seat in Seats.Where(seat => seat.CongressId == congress.Id))
        {
            seat.FollowCongress(congress);
        }
    }

    public DeputyRegistered ToRegisteredEvent() => new(Id, Name, DivisionCode);

    public DeputySeatChanged ToSeatChangedEvent(DeputySeat seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return new DeputySeatChanged(Id, Name, seat.CongressId, seat.CongressDivisionCode, seat.Status);
    }

    private void Apply(DeputyInput input, DomainErrors errors, DateTimeOffset now)
    {
        var name = Text.Required(errors, "name", input.Name, MaxNameLength, "姓名");
        if (!Genders.IsValid(input.Gender))
        {
            errors.Add("gender", "性别应为 male 或 female。");
        }

        var ethnicity = Text.Required(errors, "ethnicity", input.Ethnicity, MaxEthnicityLength, "民族");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (input.BirthDate is not { } birthDate)
        {
            errors.Add("birthDate", "出生日期不能为空。");
        }
        else if (birthDate < new DateOnly(1900, 1, 1) || birthDate > today.AddYears(-18))
        {
            errors.Add("birthDate", "出生日期无效：代表应年满 18 周岁。");
        }

        var phone = input.Phone?.Trim();
        if (!Domain.Phone.IsValid(phone))
        {
            errors.Add("phone", Domain.Phone.InvalidMessage);
        }

        var occupation = Text.Optional(errors, "occupation", input.Occupation, MaxOccupationLength, "职业");
        var constituency = Text.Optional(errors, "constituency", input.Constituency, MaxConstituencyLength, "选区");
        var stationName = Text.Optional(errors, "stationName", input.StationName, MaxStationNameLength, "联络站名称");
        if (input.StationId is { } stationId && (stationId == Guid.Empty || stationName is null))
        {
            errors.Add(stationId == Guid.Empty ? "stationId" : "stationName", "联络站应同时给出编号和名称。");
        }
        else if (input.StationId is null && stationName is not null)
        {
            errors.Add("stationId", "联络站应同时给出编号和名称。");
        }

        if (errors.Any)
        {
            return;
        }

        Name = name!;
        Gender = input.Gender!;
        Ethnicity = ethnicity!;
        BirthDate = input.BirthDate!.Value;
        Phone = phone!;
        Occupation = occupation;
        DivisionCode = input.DivisionCode!;
        Constituency = constituency;
        StationId = input.StationId;
        StationName = stationName;
        UpdatedAt = now;
    }
}

/// <summary>A seat in one congress (one level, one term).</summary>
public sealed class DeputySeat
{
    private DeputySeat()
    {
    }

    public Guid Id { get; private set; }

    public Guid CongressId { get; private set; }

    public string CongressName { get; private set; } = "";

    public string CongressDivisionCode { get; private set; } = "";

    public string Level { get; private set; } = "";

    public int Term { get; private set; }

    public string? Constituency { get; private set; }

    /// <summary>serving, resigned or removed.</summary>
    public string Status { get; private set; } = SeatStatuses.Serving;

    public DateTimeOffset Since { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    internal static DeputySeat Create(Congress congress, string? constituency, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CongressId = congress.Id,
        CongressName = congress.Name,
        CongressDivisionCode = congress.DivisionCode,
        Level = congress.Level,
        Term = congress.Term,
        Constituency = constituency,
        Status = SeatStatuses.Serving,
        Since = now,
        ChangedAt = now,
    };

    internal void ChangeStatus(string status, DateTimeOffset now)
    {
        Status = status;
        ChangedAt = now;
    }

    internal void FollowCongress(Congress congress)
    {
        CongressName = congress.Name;
        Term = congress.Term;
    }

    internal void ChangeConstituency(string constituency, DateTimeOffset now)
    {
        Constituency = constituency;
        ChangedAt = now;
    }
}

/// <summary>What a client sends to register or change a deputy.</summary>
public sealed record DeputyInput(
    string? Name,
    string? DivisionCode,
    string? Gender,
    string? Ethnicity,
    DateOnly? BirthDate,
    string? Phone,
    string? Occupation,
    string? Constituency,
    Guid? StationId,
    string? StationName);
