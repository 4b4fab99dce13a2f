namespace RenminDaibiao.Suggestions.Domain;

/// <summary>The deputy who leads a suggestion (领衔代表), with the name shown for them.</summary>
public sealed record LeadDeputy(Guid Id, string? Name);
