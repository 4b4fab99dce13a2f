namespace RenminDaibiao.Suggestions.Domain;

/// <summary>
/// The congress rules a suggestion is handled under: motion co-signers, answer deadlines in days and the sessions
/// (会议) that decide whether a suggestion is a session one, as the Deputies service declares them per congress.
/// </summary>
public sealed record HandlingRules(int MotionMinimumCoSigners, int SessionDeadlineDays, int InterimDeadlineDays, IReadOnlyList<CongressSession> Sessions)
{
    public const int DefaultMotionMinimumCoSigners = 10;

    /// <summary>The Deputies service's default for a congress that sets none; used for suggestions without a congress.</summary>
    public const int DefaultSessionDeadlineDays = 90;

    /// <summary>The Deputies service's default for a congress that sets none; used for suggestions without a congress.</summary>
    public const int DefaultInterimDeadlineDays = 30;

    /// <summary>A second answer after an unsatisfied rating is due within one month.</summary>
    public const int SecondRoundDeadlineMonths = 1;

    /// <summary>The rules without a known congress: no session is known, so nothing is made during one.</summary>
    public static HandlingRules Default { get; } =
        new(DefaultMotionMinimumCoSigners, DefaultSessionDeadlineDays, DefaultInterimDeadlineDays, []);

    /// <summary>Whether <paramref name="instant"/> falls within one of the congress's sessions (China dates).</summary>
    public bool InSession(DateTimeOffset instant) => Sessions.Any(session => session.Covers(instant));
}
