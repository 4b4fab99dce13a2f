namespace RenminDaibiao.Primitives;

/// <summary>
/// China Standard Time (UTC+8, no daylight saving): the clock of reception days, deadlines, quiet hours and monthly
/// statistics. Instants are stored in UTC; dates a person reads or picks are China dates.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The instant of a China date and wall-clock time.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>The start of a China date.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => At(date, TimeOnly.MinValue);

    /// <summary>The China date an instant falls on.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>A China calendar year as UTC instants, its end excluded: it begins at 16:00 UTC on 31 December.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) YearInUtc(int year) =>
        (StartOf(new DateOnly(year, 1, 1)).ToUniversalTime(), StartOf(new DateOnly(year + 1, 1, 1)).ToUniversalTime());

    /// <summary>The instant as a China wall clock shows it.</summary>
    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }
}
