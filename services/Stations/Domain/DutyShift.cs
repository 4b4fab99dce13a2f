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

    /// <summary>A deputy signs up for an open shift that has not started.</summary>
    public Outcome SignUp(Guid deputyId, string deputyName, DateTimeOffset now)
    {
        if (Status != ShiftStatus.Open)
        {
            return Outcome.Illegal(DeputyId == deputyId ? "您已报名该班次。" : "该班次已有代表值班。");
        }

        return Assign(deputyId, deputyName, new Actor(null, deputyName, "deputy"), now);
    }

    /// <summary>Staff put a deputy on a shift (or replace the one on it) before it is served.</summary>
    public Outcome Assign(Guid? deputyId, string? deputyName, Actor by, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        if (deputyId is null || deputyId == Guid.Empty)
        {
            errors.Add("deputyId", "代表编号不能为空。");
        }

        var name = Text.Required(deputyName, "deputyName", "代表姓名", StationsLimits.MaxPersonNameLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
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
        DeputyId = deputyId;
        DeputyName = name;
        AssignedAt = now;
        AssignedBy = by.Name;
        Raise(new DutyShiftAssigned(Id, deputyId!.Value, StationId, StationName, DivisionCode, StartsAt));
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
