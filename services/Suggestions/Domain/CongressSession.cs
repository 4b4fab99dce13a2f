using RenminDaibiao.Primitives;

namespace RenminDaibiao.Suggestions.Domain;

/// <summary>One session (会议) of a congress term as the Deputies service declared it: China dates, both days included.</summary>
public sealed record CongressSession(int Number, DateOnly StartsOn, DateOnly EndsOn)
{
    /// <summary>Whether <paramref name="instant"/> falls on one of the session's days in China time.</summary>
    public bool Covers(DateTimeOffset instant)
    {
        var date = ChinaTime.DateOf(instant);
        return date >= StartsOn && date <= EndsOn;
    }
}
