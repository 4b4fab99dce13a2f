namespace RenminDaibiao.Contracts.Deputies;

/// <summary>
/// A congress term (届) was created or changed. Level: national, provincial, city, county, township. The deadline
/// days are how long a handling unit has to answer a suggestion made during a session and between sessions; the
/// sessions are the term's meetings (会议) scheduled so far, in order.
/// </summary>
public sealed record CongressDeclared(
    Guid CongressId,
    string Name,
    string DivisionCode,
    string Level,
    int Term,
    int MotionMinimumCoSigners,
    int SessionSuggestionDeadlineDays,
    int InterimSuggestionDeadlineDays,
    IReadOnlyList<CongressSession> Sessions) : IntegrationEvent;
