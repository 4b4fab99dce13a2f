namespace RenminDaibiao.Deputies.Domain;

/// <summary>What a client sends to add or change a constituent.</summary>
public sealed record ConstituentInput(string? Name, string? Phone, string? Address, string? Note);
