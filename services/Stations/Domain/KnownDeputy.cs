namespace RenminDaibiao.Stations.Domain;

/// <summary>
/// A deputy as Deputies announces them (a replica fed by its events, never typed in here): name, division, the
/// liaison station Deputies records, and the status of each seat. Assignments, sign-ups and opinions addressed to a
/// deputy are checked against it.
/// </summary>
public sealed class KnownDeputy
{
    private readonly List<KnownSeat> _seats = [];

    private KnownDeputy()
    {
    }

    public KnownDeputy(Guid id, string name, string divisionCode, Guid? stationId)
    {
        Id = id;
        Name = name;
        DivisionCode = divisionCode;
        StationId = stationId;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string DivisionCode { get; private set; } = "";

    /// <summary>The station Deputies assigns the deputy to, if any.</summary>
    public Guid? StationId { get; private set; }

    public IReadOnlyList<KnownSeat> Seats => _seats;

    /// <summary>Serving while a seat serves, as Deputies' public card has it: a deputy without any seat is not (yet) serving.</summary>
    public bool IsServing => _seats.Any(seat => seat.Status == KnownSeat.Serving);

    public void FollowDetails(string name, string divisionCode, Guid? stationId)
    {
        Name = name;
        DivisionCode = divisionCode;
        StationId = stationId;
    }

    public void FollowSeat(Guid congressId, string name, string divisionCode, string status)
    {
        Name = name;
        DivisionCode = divisionCode;
        _seats.RemoveAll(seat => seat.CongressId == congressId);
        _seats.Add(new KnownSeat(congressId, status));
    }

    /// <summary>Takes the deputy as a roll announced them: these details, serving in exactly these congresses.</summary>
    public void FollowRoll(string name, string divisionCode, Guid? stationId, IEnumerable<Guid> servingCongressIds)
    {
        FollowDetails(name, divisionCode, stationId);
        _seats.Clear();
        _seats.AddRange(servingCongressIds.Select(congressId => new KnownSeat(congressId, KnownSeat.Serving)));
    }

    /// <summary>A deputy's own station: the one Deputies assigns them to, or one that lists them among its deputies.</summary>
    public bool BelongsTo(Station station)
    {
        ArgumentNullException.ThrowIfNull(station);
        return StationId == station.Id || station.Deputies.Any(deputy => deputy.DeputyId == Id);
    }
}
