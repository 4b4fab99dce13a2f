namespace RenminDaibiao.Deputies.Domain;

/// <summary>One session (会议) of a congress term: the Nth meeting, from its first to its last day (China dates).</summary>
public sealed record CongressSession(int Number, DateOnly StartsOn, DateOnly EndsOn)
{
    public const int MaxSessions = 20;

    /// <summary>A session lasts a few days; a month is more than any annual session takes.</summary>
    public const int MaxDays = 31;

    /// <summary>
    /// The sessions of a term from <paramref name="startYear"/> to <paramref name="endYear"/>: numbered 1 to 20 once
    /// each, first day not after the last, at most <see cref="MaxDays"/> days, within the term's years, not overlapping.
    /// </summary>
    public static IReadOnlyList<CongressSession> Validate(IReadOnlyList<SessionInput?> given, int startYear, int endYear, DomainErrors errors)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(errors);
        if (given.Count > MaxSessions)
        {
            errors.Add("sessions", $"会议最多 {MaxSessions} 次。");
            return [];
        }

        var sessions = new List<CongressSession>();
        var numbers = new HashSet<int>();
        for (var i = 0; i < given.Count; i++)
        {
            var field = $"sessions[{i}]";
            if (given[i] is not { } input)
            {
                errors.Add(field, "会议不能为空。");
                continue;
            }

            if (input.Number is not { } number || number < 1 || number > MaxSessions)
            {
                errors.Add($"{field}.number", $"会议次数应在 1 到 {MaxSessions} 之间。");
                continue;
            }

            if (!numbers.Add(number))
            {
                errors.Add($"{field}.number", "同一次会议只能设置一次。");
                continue;
            }

            if (input.StartsOn is not { } starts || starts.Year < startYear || starts.Year > endYear)
            {
                errors.Add($"{field}.startsOn", "请填写会议开幕日期，且应在本届任期之内。");
                continue;
            }

            if (input.EndsOn is not { } ends || ends < starts || ends.DayNumber - starts.DayNumber >= MaxDays)
            {
                errors.Add($"{field}.endsOn", $"闭幕日期应不早于开幕日期，且会期不超过 {MaxDays} 天。");
                continue;
            }

            sessions.Add(new CongressSession(number, starts, ends));
        }

        var ordered = sessions.OrderBy(session => session.StartsOn).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].StartsOn <= ordered[i - 1].EndsOn || ordered[i].Number < ordered[i - 1].Number)
            {
                errors.Add("sessions", "各次会议的日期不能重叠，且应按会议次数先后排列。");
                break;
            }
        }

        return ordered;
    }
}
