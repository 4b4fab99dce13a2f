namespace RenminDaibiao.Contracts.Suggestions;

/// <summary>
/// Any transition of a suggestion or motion in its handling lifecycle. From and To are the state names
/// (draft, submitted, accepted, merged, returned, assigned, contacted, answered, being-solved, closed, escalated);
/// ActorId is the account that caused it (empty for system transitions); Reason is the given reason, if any.
/// </summary>
public sealed record SuggestionStateChanged(
    Guid SuggestionId,
    string DivisionCode,
    string From,
    string To,
    Guid ActorId,
    string? Reason) : IntegrationEvent;
