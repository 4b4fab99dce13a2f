namespace RenminDaibiao.Contracts.Stations;

/// <summary>A deputy served a reception shift at a station; Deputies records the duty (进站履职).</summary>
public sealed record DutyShiftServed(
    Guid ShiftId,
    Guid DeputyId,
    Guid StationId,
    string StationName,
    string DivisionCode,
    DateTimeOffset ServedAt) : IntegrationEvent;
