using RenminDaibiao.Primitives;

namespace RenminDaibiao.Notifications.Domain;

/// <summary>A daily window in China time (may span midnight, e.g. 22:00–07:00) in which SMS are held.</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(DateTimeOffset instant)
    {
        var time = TimeOnly.FromDateTime(ChinaTime.ToChina(instant).DateTime);
        return Start <= End
            ? time >= Start && time < End
            : time >= Start || time < End;
    }

    /// <summary>The end of the quiet period <paramref name="now"/> falls in, or null when it is not quiet now.</summary>
    public DateTimeOffset? HoldUntil(DateTimeOffset now)
    {
        if (Start == End || !Contains(now))
        {
            return null;
        }

        var today = ChinaTime.DateOf(now);
        var end = ChinaTime.At(today, End);
        return end > now ? end : ChinaTime.At(today.AddDays(1), End);
    }
}
