namespace RenminDaibiao.Suggestions.Apis;

/// <summary>Kind: visit (走访), meeting (座谈) or note (批示).</summary>
public sealed record LeaderSupervisionRequest(string? Kind, string? Note);
