namespace RenminDaibiao.Deputies.Domain;

/// <summary>The facts of a duty record that points depend on.</summary>
public sealed record DutyFact(Guid Id, Guid DeputyId, Guid? CongressId, string Kind, DateOnly Date);
