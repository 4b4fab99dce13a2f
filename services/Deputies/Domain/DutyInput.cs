namespace RenminDaibiao.Deputies.Domain;

/// <summary>What a client sends to record or correct a duty.</summary>
public sealed record DutyInput(Guid? DeputyId, string? Kind, string? Title, string? Description, DateOnly? Date, Guid? CongressId);
