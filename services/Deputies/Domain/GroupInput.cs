namespace RenminDaibiao.Deputies.Domain;

/// <summary>What a client sends to create or change a group.</summary>
public sealed record GroupInput(string? DivisionCode, string? Name, string? Kind, string? Description);
