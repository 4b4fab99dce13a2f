using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>One reception shift on one date: a deputy signs up or is assigned, then serves it.</summary>
public sealed class DutyShift : EventSource, IDivisionScoped
{
    private DutyShift()
    {
        StationName = "";
        DivisionCode = "";
        Title = "";
    }

    internal DutyShift(RosterEntry entry, DateOnly date)
    {
        Id = Guid.CreateVersion7();
        RosterEntryId = entry.Id;
        StationId = entry.StationId;
        StationName = entry.StationName;
        DivisionCode = entry.DivisionCode;
        Kind = entry.Kind;
        Title = entry.Title;
        Date = date;
        StartsAt = ChinaTime.At(date, entry.StartTime).ToUniversalTime();
        EndsAt = ChinaTime.At(date, entry.EndTime).ToUniversalTime();
        SlotMinutes = entry.SlotMinutes;
        Status = ShiftStatus.Open;
    }

    public Guid Id { get; private set; }

    public Guid RosterEntryId { get; private set; }

    public Guid StationId { get; private set; }

    public string StationName { get; private set; }

    public string DivisionCode { get; private set; }

    public ReceptionKind Kind { get; private set; }

    public string Title { get; private set; }

    public DateOnly Date { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public int SlotMinutes { get; private set; }

    public ShiftStatus Status { get; private set; }

    public Guid? DeputyId { get; private set; }

    public string? DeputyName { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public string? AssignedBy { get; private set; }

    public DateTimeOffset? ServedAt { get; private set; }

    public string? ServedBy { get; private set; }

    /// <summary>The start of every bookable slot of the shift.</summary>
    public IEnumerable<DateTimeOffset> SlotStarts()
    {
        for (var start = StartsAt; start.AddMinutes(SlotMinutes) <= EndsAt; start = start.AddMinutes(SlotMinutes))
        {
            yield return start;
        }
    }

    /// <summary>
    /// A serving deputy signs up for an open shift, not yet over, of their own station (<see cref="KnownDeputy.BelongsTo"/>);
    /// <paramref name="deputy"/> is the replica's record of the caller (null when Deputies does not know them).
    /// </summary>
    public Outcome SignUp(KnownDeputy? deputy, Station station, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(station);
        if (deputy is not { IsServing: true })
        {
            return Outcome.Forbidden("代表名册中没有您的在任记录，不能报名值班。");
        }

        if (station.Id != StationId || !deputy.BelongsTo(station))
        {
            return Outcome.Forbidden("只能报名本人所在联络站的班次；其他联络站的班次由工作人员安排。");
        }

        if (Status != ShiftStatus.Open)
        {
            return Outcome.Illegal(DeputyId == deputy.Id ? "您已报名该班次。" : "该班次已有代表值班。");
        }

        return Assign(deputy.Id, deputy, new Actor(null, deputy.Name, "deputy"), now);
    }

    /// <summary>
    /// Staff put any serving deputy on a shift (or replace the one on it) before it is served; <paramref name="deputy"/> is
    /// the replica's record of <paramref name="deputyId"/>, whose name is the one shown.
    /// </summary>
    public Outcome Assign(Guid? deputyId, KnownDeputy? deputy, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (deputyId is null || deputyId == Guid.Empty)
        {
            return Outcome.Invalid("deputyId", "代表编号不能为空。");
        }

        if (deputy is not { IsServing: true } || deputy.Id != deputyId)
        {
            return Outcome.Invalid("deputyId", "代表不存在或已不再履职。");
        }

        if (Status == ShiftStatus.Served)
        {
            return Outcome.Illegal("该班次已履职完毕，不能再调整值班代表。");
        }

        if (now >= EndsAt)
        {
            return Outcome.Illegal("该班次已结束，不能再安排值班代表。");
        }

        Status = ShiftStatus.Assigned;
        DeputyId = deputy.Id;
        DeputyName = deputy.Name;
        AssignedAt = now;
        AssignedBy = by.Name;
        Raise(new DutyShiftAssigned(Id, deputy.Id, StationId, StationName, DivisionCode, StartsAt));
        return Outcome.Done;
    }

    /// <summary>Staff confirm the deputy served the shift; Deputies records the duty from the event.</summary>
    public Outcome MarkServed(Actor by, DateTimeOffset now)
    {
        if (Status != ShiftStatus.Assigned)
        {
            return Outcome.Illegal(Status == ShiftStatus.Served ? "该班次已确认履职。" : "该班次尚无值班代表。");
        }

        if (now < StartsAt)
        {
            return Outcome.Illegal("班次尚未开始，不能确认履职。");
        }

        Status = ShiftStatus.Served;
        ServedAt = now;
        ServedBy = by.Name;
        Raise(new DutyShiftServed(Id, DeputyId!.Value, StationId, StationName, DivisionCode, now));
        return Outcome.Done;
    }
}
