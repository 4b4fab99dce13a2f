using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

public sealed record CongressDto(Guid Id, string Name, string DivisionCode, string Level, int Term, int MotionMinimumCoSigners, int SessionDeadlineMonths, int InterimDeadlineMonths)
{
    public static CongressDto From(Congress c) => new(c.Id, c.Name, c.DivisionCode, c.Level, c.Term, c.MotionMinimumCoSigners, c.SessionDeadlineMonths, c.InterimDeadlineMonths);
}
