namespace RenminDaibiao.Contracts.Deputies;

/// <summary>
/// A deputy's seat in one congress was created or its status changed (serving, resigned, removed).
/// Services that need the list of a congress's deputies (Voting's eligible voters) keep a replica from these.
/// </summary>
public sealed record DeputySeatChanged(
    Guid DeputyId,
    string Name,
    Guid CongressId,
    string DivisionCode,
    string Status) : IntegrationEvent;
