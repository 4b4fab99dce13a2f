namespace RenminDaibiao.Contracts.Stations;

/// <summary>
/// Feedback on a citizen opinion was recorded. The phone is the one the citizen gave (null when anonymous),
/// carried only so Notifications can send the SMS; consumers must not log or store it unmasked.
/// </summary>
public sealed record OpinionAnswered(
    Guid OpinionId,
    string TrackingCode,
    string DivisionCode,
    Guid? DeputyId,
    string? CitizenPhone,
    string Answer) : IntegrationEvent;
