using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

public sealed record CongressDto(Guid Id, string Name, string DivisionCode, string Level, int Term, int MotionMinimumCoSigners, int SessionDeadlineDays, int InterimDeadlineDays,
    IReadOnlyList<CongressSession> Sessions);
