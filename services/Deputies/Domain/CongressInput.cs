namespace RenminDaibiao.Deputies.Domain;

/// <summary>What a client sends to create or change a congress.</summary>
public sealed record CongressInput(
    string? DivisionCode,
    string? Level,
    int? Term,
    string? Name,
    int? StartYear,
    int? EndYear,
    int? MotionMinimumCoSigners,
    int? SessionSuggestionDeadlineDays,
    int? InterimSuggestionDeadlineDays,
    IReadOnlyList<PointsRuleInput>? PointsRules,
    IReadOnlyList<SessionInput?>? Sessions = null);
