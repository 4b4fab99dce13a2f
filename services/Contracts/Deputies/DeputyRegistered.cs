namespace RenminDaibiao.Contracts.Deputies;

public sealed record DeputyRegistered(Guid DeputyId, string Name, string DivisionCode) : IntegrationEvent;
