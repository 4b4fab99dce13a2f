namespace RenminDaibiao.Contracts.Suggestions;

/// <summary>
/// A suggestion's answer became overdue (超期) and was escalated to the committee staff of its division and, for a key
/// suggestion (重点建议), to its supervising leader (an account id). Once per handling round.
/// </summary>
public sealed record SuggestionOverdueEscalated(
    Guid SuggestionId,
    string Title,
    string DivisionCode,
    string LeadUnitCode,
    int Round,
    DateTimeOffset DueAt,
    bool IsKey,
    Guid? SupervisingLeaderId) : IntegrationEvent;
