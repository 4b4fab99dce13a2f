using System.Linq.Expressions;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>A people's deputy (人大代表): one person, who may hold seats in several congresses of the five levels.</summary>
public sealed class Deputy : EventSource, IDivisionScoped
{
    public const int MaxNameLength = 50;
    public const int MaxEthnicityLength = 20;
    public const int MaxOccupationLength = 100;
    public const int MaxConstituencyLength = 100;
    public const int MaxStationNameLength = 100;

    /// <summary>Seats given with the registration: one per level (five) with room for a by-election or two.</summary>
    public const int MaxSeatsAtRegistration = 10;

    /// <summary>
    /// The status rule, written once for memory and for queries: serving while any seat is (or before any seat is
    /// given); otherwise the status of the last changed seat.
    /// </summary>
    private static readonly Expression<Func<Deputy, string>> Rule = deputy =>
        !deputy.Seats.Any() || deputy.Seats.Any(seat => seat.Status == SeatStatuses.Serving)
            ? SeatStatuses.Serving
            : deputy.Seats.OrderByDescending(seat => seat.ChangedAt).Select(seat => seat.Status).First();

    private static readonly Func<Deputy, string> StatusOf = Rule.Compile();

    private readonly List<DeputySeat> _seats = [];

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

    public IReadOnlyList<DeputySeat> Seats => _seats;

    /// <summary>The deputy's name or division changed: the copies kept on constituents, contacts and duty records must follow.</summary>
    public bool CopiesOutdated { get; private set; }

    /// <summary>serving while any seat is; otherwise the status of the last changed seat (<see cref="StatusRule"/>).</summary>
    public string Status => StatusOf(this);

    /// <summary>The status rule as an expression, for queries.</summary>
    public static Expression<Func<Deputy, string>> StatusRule => Rule;

    /// <summary>The seat whose congress's points rules apply by default: the most local serving one.</summary>
    public DeputySeat? PrimarySeat =>
        Seats.Where(seat => seat.Status == SeatStatuses.Serving).OrderBy(seat => CongressLevels.Rank(seat.Level)).FirstOrDefault();

    /// <summary>The deputies whose <see cref="StatusRule"/> gives <paramref name="status"/>, as a query filter.</summary>
    public static Expression<Func<Deputy, bool>> HasStatus(string status) =>
        Expression.Lambda<Func<Deputy, bool>>(
            Expression.Equal(StatusRule.Body, Expression.Constant(status)), StatusRule.Parameters);

    /// <summary>Registers a deputy (raising <see cref="DeputyRegistered"/>), or explains which fields break the rules.</summary>
    public static Outcome<Deputy> Register(DeputyInput input, DateTimeOffset now, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        DivisionCodes.Require(input.DivisionCode, errors);

        var deputy = new Deputy { Id = id ?? Guid.CreateVersion7(), RegisteredAt = now };
        deputy.Apply(input, errors, now);
        if (errors.Any)
        {
            return Outcome<Deputy>.Invalid(errors);
        }

        deputy.Raise(new DeputyRegistered(deputy.Id, deputy.Name, deputy.DivisionCode));
        deputy.Raise(deputy.ToDetailsChangedEvent());
        return Outcome<Deputy>.Made(deputy);
    }

    /// <summary>
    /// Changes the personal data, the division and the station assignment. A new name or division is announced on
    /// every seat (replicas key on them) and marks the copies as outdated (<see cref="FollowedBy"/>).
    /// </summary>
    public Outcome Update(DeputyInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        DivisionCodes.Require(input.DivisionCode, errors);

        var (oldName, oldDivision, oldStation) = (Name, DivisionCode, StationId);
        Apply(input, errors, now);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (oldName != Name || oldDivision != DivisionCode || oldStation != StationId)
        {
            Raise(ToDetailsChangedEvent());
        }

        if (oldName != Name || oldDivision != DivisionCode)
        {
            CopiesOutdated = true;
            foreach (var seat in _seats)
            {
                RaiseSeatChanged(seat);
            }
        }

        return Outcome.Done;
    }

    /// <summary>Gives the deputy a serving seat in <paramref name="congress"/>, and announces it.</summary>
    public Outcome<DeputySeat> AddSeat(Congress congress, string? constituency, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(congress);
        var errors = new DomainErrors();
        var trimmed = Text.Optional(constituency, "constituency", "选区", MaxConstituencyLength, errors);
        if (_seats.Any(seat => seat.CongressId == congress.Id && seat.Status == SeatStatuses.Serving))
        {
            errors.Add("congressId", "该代表已在这届人大任职。");
        }

        if (errors.Any)
        {
            return Outcome<DeputySeat>.Invalid(errors);
        }

        var seat = DeputySeat.Create(congress, trimmed ?? Constituency, now);
        _seats.Add(seat);
        UpdatedAt = now;
        RaiseSeatChanged(seat);
        return Outcome<DeputySeat>.Made(seat);
    }

    public DeputySeat? SeatById(Guid seatId) => _seats.FirstOrDefault(seat => seat.Id == seatId);

    /// <summary>
    /// Changes a seat's status (announced) or constituency: a serving seat may end by resignation or removal; an
    /// ended seat does not serve again (a new seat is added instead).
    /// </summary>
    public Outcome ChangeSeat(DeputySeat seat, string? status, string? constituency, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seat);
        if (!_seats.Contains(seat))
        {
            throw new ArgumentException("The seat is not one of this deputy's.", nameof(seat));
        }

        var errors = new DomainErrors();
        if (status is not null && !SeatStatuses.IsValid(status))
        {
            errors.Add("status", "任职状态应为 serving、resigned 或 removed。");
        }

        var trimmed = Text.Optional(constituency, "constituency", "选区", MaxConstituencyLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (status is not null && status != seat.Status)
        {
            if (seat.Status != SeatStatuses.Serving)
            {
                return Outcome.Illegal($"该席位已{(seat.Status == SeatStatuses.Resigned ? "辞职" : "罢免")}，不能再改为其他状态。");
            }

            seat.ChangeStatus(status, now);
            RaiseSeatChanged(seat);
        }

        if (trimmed is not null)
        {
            seat.ChangeConstituency(trimmed, now);
        }

        UpdatedAt = now;
        return Outcome.Done;
    }

    /// <summary>Brings the deputy's copies (constituents, contacts, duty records) in line after a change of name or division.</summary>
    public void FollowedBy(IEnumerable<Constituent> constituents, IEnumerable<ConstituentContact> contacts, IEnumerable<DutyRecord> records)
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

        CopiesOutdated = false;
    }

    /// <summary>
    /// Before the deputy is deleted: leaves every group, and announces each serving seat as removed so that replicas
    /// elsewhere (Voting's eligible voters) drop it too.
    /// </summary>
    public void Withdraw(IEnumerable<DeputyGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var group in groups)
        {
            group.RemoveMember(Id);
        }

        foreach (var seat in _seats.Where(seat => seat.Status == SeatStatuses.Serving))
        {
            Raise(ToSeatChangedEvent(seat) with { Status = SeatStatuses.Removed });
        }
    }

    /// <summary>Follows a renamed congress in the copies kept on its seats.</summary>
    public void FollowCongress(Congress congress)
    {
        ArgumentNullException.ThrowIfNull(congress);
        foreach (var seat in _seats.Where(seat => seat.CongressId == congress.Id))
        {
            seat.FollowCongress(congress);
        }
    }

    /// <summary>The announcement of a seat as it stands (the demo seeder writes these itself).</summary>
    public DeputySeatChanged ToSeatChangedEvent(DeputySeat seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return new DeputySeatChanged(Id, Name, seat.CongressId, seat.CongressDivisionCode, seat.Status);
    }

    private DeputyDetailsChanged ToDetailsChangedEvent() => new(Id, Name, DivisionCode, StationId);

    /// <summary>The deputy as they stand, for a roll announced at once (<see cref="DeputiesAnnounced"/>).</summary>
    public AnnouncedDeputy ToAnnounced() =>
        new(Id, Name, DivisionCode, StationId, [.. _seats.Where(seat => seat.Status == SeatStatuses.Serving).Select(seat => seat.CongressId)]);

    private void RaiseSeatChanged(DeputySeat seat) => Raise(ToSeatChangedEvent(seat));

    private void Apply(DeputyInput input, DomainErrors errors, DateTimeOffset now)
    {
        var name = Text.Required(input.Name, "name", "姓名", MaxNameLength, errors);
        if (!Genders.IsValid(input.Gender))
        {
            errors.Add("gender", "性别应为 male 或 female。");
        }

        var ethnicity = Text.Required(input.Ethnicity, "ethnicity", "民族", MaxEthnicityLength, errors);
        var today = ChinaTime.DateOf(now);
        if (input.BirthDate is not { } birthDate)
        {
            errors.Add("birthDate", "出生日期不能为空。");
        }
        else if (birthDate < new DateOnly(1900, 1, 1) || birthDate > today.AddYears(-18))
        {
            errors.Add("birthDate", "出生日期无效：代表应年满 18 周岁。");
        }

        var phone = Phones.Normalize(input.Phone, "phone", errors);
        if (string.IsNullOrWhiteSpace(input.Phone))
        {
            errors.Add("phone", Phones.InvalidMessage);
        }

        var occupation = Text.Optional(input.Occupation, "occupation", "职业", MaxOccupationLength, errors);
        var constituency = Text.Optional(input.Constituency, "constituency", "选区", MaxConstituencyLength, errors);
        var stationName = Text.Optional(input.StationName, "stationName", "联络站名称", MaxStationNameLength, errors);
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
