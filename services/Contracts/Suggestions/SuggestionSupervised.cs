namespace RenminDaibiao.Contracts.Suggestions;

/// <summary>
/// The committee or the supervising leader acted on a suggestion towards its lead unit. Action: supervise (督办),
/// urge (催办), rehandle (a further handling round after a second 不满意, due at DueAt) or joint-meeting (联合督办,
/// Note is the meeting's outcome).
/// </summary>
public sealed record SuggestionSupervised(
    Guid SuggestionId,
    string Title,
    string DivisionCode,
    string LeadUnitCode,
    string Action,
    string Note,
    string ActorName,
    DateTimeOffset? DueAt) : IntegrationEvent;
