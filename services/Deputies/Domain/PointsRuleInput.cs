namespace RenminDaibiao.Deputies.Domain;

/// <summary>A points rule as a client sends it.</summary>
public sealed record PointsRuleInput(string? Kind, int? Points, int? YearlyCap);
