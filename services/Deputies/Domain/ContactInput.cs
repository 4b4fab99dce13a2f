namespace RenminDaibiao.Deputies.Domain;

/// <summary>What a client sends to record a contact with constituents.</summary>
public sealed record ContactInput(Guid? ConstituentId, DateOnly? Date, string? Method, string? Summary);
