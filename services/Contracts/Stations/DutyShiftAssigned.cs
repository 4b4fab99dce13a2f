namespace RenminDaibiao.Contracts.Stations;

/// <summary>A deputy was put on a reception shift (signed up or assigned); Notifications reminds them the day before.</summary>
public sealed record DutyShiftAssigned(
    Guid ShiftId,
    Guid DeputyId,
    Guid StationId,
    string StationName,
    string DivisionCode,
    DateTimeOffset StartsAt) : IntegrationEvent;
