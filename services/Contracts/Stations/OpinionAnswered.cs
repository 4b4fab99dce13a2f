namespace RenminDaibiao.Contracts.Stations;

/// <summary>
/// Feedback on a citizen opinion was recorded. The citizen's phone number never travels in an event: when
/// <paramref name="CitizenGavePhone"/> is set, the SMS channel asks Stations for it at the moment of sending.
/// </summary>
public sealed record OpinionAnswered(
    Guid OpinionId,
    string TrackingCode,
    string DivisionCode,
    Guid? DeputyId,
    bool CitizenGavePhone,
    string Answer) : IntegrationEvent;
