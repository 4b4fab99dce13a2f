namespace RenminDaibiao.TestSupport;

/// <summary>One exported metric of one service: the value of its last data point (a gauge's value, a sum's total).</summary>
public sealed record ReceivedMetric(string Service, string Scope, string Name, double? Value);
