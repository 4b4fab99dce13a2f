using System.Globalization;

namespace RenminDaibiao.Stations.Domain;

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
