using System.Globalization;

namespace RenminDaibiao.Notifications.Domain;

/// <summary>China Standard Time (UTC+8, no daylight saving): the time zone of every user-facing date and of quiet hours.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The instant of <paramref name="time"/> on the local date <paramref name="date"/>, in UTC.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new DateTimeOffset(date.ToDateTime(time), Offset).ToUniversalTime();

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    public static string FormatDate(DateTimeOffset instant) =>
        Local(instant).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTimeOffset instant) =>
        Local(instant).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
