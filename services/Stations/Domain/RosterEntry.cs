using System.Globalization;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

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

    public static Outcome<RosterEntry> Create(
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
            return Outcome<RosterEntry>.Invalid(errors);
        }

        return Outcome<RosterEntry>.Made(new RosterEntry
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
        });
    }

    /// <summary>
    /// The shifts of this entry between two dates that are not among <paramref name="existingDates"/>
    /// (generating twice creates nothing twice).
    /// </summary>
    public Outcome<IReadOnlyList<DutyShift>> GenerateShifts(DateOnly? from, DateOnly? to, IReadOnlySet<DateOnly> existingDates)
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
            return Outcome<IReadOnlyList<DutyShift>>.Invalid(errors);
        }

        var shifts = Recurrence.DatesBetween(from!.Value, to!.Value)
            .Where(date => !existingDates.Contains(date))
            .Select(date => new DutyShift(this, date))
            .ToList();
        return Outcome<IReadOnlyList<DutyShift>>.Made(shifts);
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
