namespace RenminDaibiao.Suggestions.Domain;

/// <summary>The congress rules a suggestion is handled under: motion co-signers and answer deadlines.</summary>
public sealed record HandlingRules(int MotionMinimumCoSigners, int SessionDeadlineMonths, int InterimDeadlineMonths)
{
    public const int DefaultMotionMinimumCoSigners = 10;
    public const int DefaultSessionDeadlineMonths = 3;
    public const int DefaultInterimDeadlineMonths = 1;

    /// <summary>A second answer after an unsatisfied rating is due within one month.</summary>
    public const int SecondRoundDeadlineMonths = 1;

    public static HandlingRules Default { get; } =
        new(DefaultMotionMinimumCoSigners, DefaultSessionDeadlineMonths, DefaultInterimDeadlineMonths);
}
