namespace RenminDaibiao.Suggestions.Apis;

/// <summary>Decision: accept (with category, key flag and supervising leader), merge (into targetId) or return (with reason).</summary>
public sealed record ReviewRequest(string? Decision, string? Category, bool? IsKey, Guid? SupervisingLeaderId, Guid? TargetId, string? Reason);
