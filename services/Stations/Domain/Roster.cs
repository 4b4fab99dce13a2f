using System.Globalization;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>What kind of reception a roster entry is.</summary>
public enum ReceptionKind
{
    /// <summary>A regular reception day (接待日), e.g. 周三进站日.</summary>
    Regular,

    /// <summary>A themed reception (主题接待), e.g. on housing or rural roads.</summary>
    Themed,

    /// <summary>An official visiting the station (局长进站).</summary>
    OfficialVisit,
}

public enum RecurrenceKind
{
    /// <summary>Every week on one weekday.</summary>
    Weekly,

    /// <summary>Every month on one day; months without that day are skipped.</summary>
    Monthly,

    /// <summary>A single event on one date.</summary>
    Once,
}

/// <summary>When a roster entry takes place.</summary>
public sealed record Recurrence(RecurrenceKind Kind, DayOfWeek? Weekday, int? DayOfMonth, DateOnly? Date)
{
    public static Recurrence EveryWeek(DayOfWeek weekday) => new(RecurrenceKind.Weekly, weekday, null, null);

    public static Recurrence EveryMonth(int day) => new(RecurrenceKind.Monthly, null, day, null);

    public static Recurrence Single(DateOnly date) => new(RecurrenceKind.Once, null, null, date);

    /// <summary>The dates from <paramref name="from"/> to <paramref name="to"/> (both included) this recurrence falls on, in order.</summary>
    public IEnumerable<DateOnly> DatesBetween(DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var matches = Kind switch
            {
                RecurrenceKind.Weekly => date.DayOfWeek == Weekday,
                RecurrenceKind.Monthly => date.Day == DayOfMonth,
                _ => date == Date,
            };
            if (matches)
            {
                yield return date;
            }
        }
    }

    public string Describe() => Kind switch
    {
        RecurrenceKind.Weekly => "每" + CultureInfo.GetCultureInfo("zh-CN").DateTimeFormat.GetDayName(Weekday!.Value),
        RecurrenceKind.Monthly => $"每月 {DayOfMonth} 日",
        _ => Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>A recurring reception day or a single event at a station, from which duty shifts are generated.</summary>
public sealed class RosterEntry : IDivisionScoped
{
    /// <summary>The title, and the theme of a themed reception.</summary>
    public const int MaxTitleLength = 100;
    public const int MaxOfficialNameLength = 100;
    public const int MaxPlaceLength = 200;
    public const int MaxGenerateDays = 366;

    private RosterEntry()
    {
        Title = "";
        DivisionCode = "";
        StationName = "";
        Recurrence = Recurrence.Single(default);
    }

    public Guid Id { get; private set; }

    public Guid StationId { get; private set; }

    public string StationName { get; private set; }

    public string DivisionCode { get; private set; }

    public ReceptionKind Kind { get; private set; }

    public string Title { get; private set; }

    public string? Theme { get; private set; }

    public string? OfficialName { get; private set; }

    /// <summary>A mobile reception (流动接待) held away from the station, e.g. in a village square.</summary>
    public bool Mobile { get; private set; }

    public string? Place { get; private set; }

    public Recurrence Recurrence { get; private set; }

    public TimeOnly StartTime { get; private set; }

    public TimeOnly EndTime { get; private set; }

    /// <summary>Length of one bookable meeting slot within a shift.</summary>
    public int SlotMinutes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static (RosterEntry? Entry, DomainErrors Errors) Create(
        Station station,
        ReceptionKind? kind,
        string? title,
        string? theme,
        string? officialName,
        bool mobile,
        string? place,
        RecurrenceKind? recurrenceKind,
        DayOfWeek? weekday,
        int? dayOfMonth,
        DateOnly? date,
        string? startTime,
        string? endTime,
        int? slotMinutes,
        DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var cleanTitle = Text.Required(title, "title", "标题", MaxTitleLength, errors);
        var cleanTheme = Text.Optional(theme, "theme", "主题", MaxTitleLength, errors);
        var cleanOfficial = Text.Optional(officialName, "officialName", "进站领导", MaxOfficialNameLength, errors);
        var cleanPlace = Text.Optional(place, "place", "地点", MaxPlaceLength, errors);
        if (kind is null)
        {
            errors.Add("kind", "请选择接待类型：regular、themed 或 official-visit。");
        }
        else if (kind == ReceptionKind.Themed && cleanTheme is null)
        {
            errors.Add("theme", "主题接待须填写主题。");
        }
        else if (kind == ReceptionKind.OfficialVisit && cleanOfficial is null)
        {
            errors.Add("officialName", "领导进站须填写进站领导。");
        }

        if (mobile && cleanPlace is null)
        {
            errors.Add("place", "流动接待须填写接待地点。");
        }

        Recurrence? recurrence = null;
        switch (recurrenceKind)
        {
            case RecurrenceKind.Weekly when weekday is null || !Enum.IsDefined(weekday.Value):
                errors.Add("recurrence.weekday", "每周接待须指定星期几。");
                break;
            case RecurrenceKind.Weekly:
                recurrence = Recurrence.EveryWeek(weekday!.Value);
                break;
            case RecurrenceKind.Monthly when dayOfMonth is not (>= 1 and <= 31):
                errors.Add("recurrence.dayOfMonth", "每月接待日应为 1 到 31 之间的日期。");
                break;
            case RecurrenceKind.Monthly:
                recurrence = Recurrence.EveryMonth(dayOfMonth!.Value);
                break;
            case RecurrenceKind.Once when date is null:
                errors.Add("recurrence.date", "单次活动须指定日期。");
                break;
            case RecurrenceKind.Once:
                recurrence = Recurrence.Single(date!.Value);
                break;
            default:
                errors.Add("recurrence.type", "请选择周期：weekly、monthly 或 once。");
                break;
        }

        var start = ParseTime(startTime, "startTime", "开始时间", errors);
        var end = ParseTime(endTime, "endTime", "结束时间", errors);
        if (start is not null && end is not null && end <= start)
        {
            errors.Add("endTime", "结束时间须晚于开始时间。");
        }

        var slot = slotMinutes ?? 30;
        if (slot is < 10 or > 240)
        {
            errors.Add("slotMinutes", "预约时段长度应在 10 到 240 分钟之间。");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        return (new RosterEntry
        {
            Id = Guid.CreateVersion7(),
            StationId = station.Id,
            StationName = station.Name,
            DivisionCode = station.DivisionCode,
            Kind = kind!.Value,
            Title = cleanTitle!,
            Theme = cleanTheme,
            OfficialName = cleanOfficial,
            Mobile = mobile,
            Place = cleanPlace,
            Recurrence = recurrence!,
            StartTime = start!.Value,
            EndTime = end!.Value,
            SlotMinutes = slot,
            CreatedAt = now,
        }, errors);
    }

    /// <summary>
    /// The shifts of this entry between two dates that are not among <paramref name="existingDates"/>
    /// (generating twice creates nothing twice).
    /// </summary>
    public (IReadOnlyList<DutyShift> Shifts, DomainErrors Errors) GenerateShifts(DateOnly? from, DateOnly? to, IReadOnlySet<DateOnly> existingDates)
    {
        var errors = new DomainErrors();
        if (from is null)
        {
            errors.Add("from", "请指定开始日期。");
        }

        if (to is null)
        {
            errors.Add("to", "请指定结束日期。");
        }
        else if (from is not null && to < from)
        {
            errors.Add("to", "结束日期不能早于开始日期。");
        }
        else if (from is not null && to.Value.DayNumber - from.Value.DayNumber >= MaxGenerateDays)
        {
            errors.Add("to", $"一次最多生成 {MaxGenerateDays} 天的排班。");
        }

        if (errors.Any)
        {
            return ([], errors);
        }

        var shifts = Recurrence.DatesBetween(from!.Value, to!.Value)
            .Where(date => !existingDates.Contains(date))
            .Select(date => new DutyShift(this, date))
            .ToList();
        return (shifts, errors);
    }

    private static TimeOnly? ParseTime(string? value, string field, string label, DomainErrors errors)
    {
        if (TimeOnly.TryParseExact(value?.Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, $"{label}格式应为 HH:mm，例如 09:00。");
        return null;
    }
}

public enum ShiftStatus
{
    Open,
    Assigned,
    Served,
}

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
