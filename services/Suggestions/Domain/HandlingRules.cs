namespace RenminDaibiao.Suggestions.Domain;

/// <summary>
/// The congress rules a suggestion is handled under: motion co-signers and answer deadlines in days, as the
/// Deputies service declares them per congress.
/// </summary>
public sealed record HandlingRules(int MotionMinimumCoSigners, int SessionDeadlineDays, int InterimDeadlineDays)
{
    public const int DefaultMotionMinimumCoSigners = 10;

    /// <summary>The Deputies service's default for a congress that sets none; used for suggestions without a congress.</summary>
    public const int DefaultSessionDeadlineDays = 90;

    /// <summary>The Deputies service's default for a congress that sets none; used for suggestions without a congress.</summary>
    public const int DefaultInterimDeadlineDays = 30;

    /// <summary>A second answer after an unsatisfied rating is due within one month.</summary>
    public const int SecondRoundDeadlineMonths = 1;

    public static HandlingRules Default { get; } =
        new(DefaultMotionMinimumCoSigners, DefaultSessionDeadlineDays, DefaultInterimDeadlineDays);
}
