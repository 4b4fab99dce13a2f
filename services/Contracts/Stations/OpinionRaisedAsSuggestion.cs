namespace RenminDaibiao.Contracts.Stations;

/// <summary>
/// A deputy took up a citizen opinion as a suggestion; Suggestions creates a draft for that deputy linked back to the
/// opinion, with the deputy's name so the ledger names its lead deputy (领衔代表).
/// </summary>
public sealed record OpinionRaisedAsSuggestion(
    Guid OpinionId,
    string TrackingCode,
    Guid DeputyId,
    string DeputyName,
    string DivisionCode,
    string Title,
    string Body,
    string Category) : IntegrationEvent;
