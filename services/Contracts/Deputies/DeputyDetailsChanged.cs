namespace RenminDaibiao.Contracts.Deputies;

/// <summary>
/// A deputy was registered, or their name, division or liaison station (the one Deputies records) changed.
/// Stations keeps its replica of deputies from this and <see cref="DeputySeatChanged"/>.
/// </summary>
public sealed record DeputyDetailsChanged(Guid DeputyId, string Name, string DivisionCode, Guid? StationId) : IntegrationEvent;
