namespace RenminDaibiao.Identity.Domain;

/// <summary>The outcome of a rotation; the successor and its secret are set only when it succeeded.</summary>
public readonly record struct RotationResult(RotationOutcome Outcome, RefreshToken? Successor, string? Secret);
