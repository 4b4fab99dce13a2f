namespace RenminDaibiao.Suggestions.Apis;

public sealed record JointMeetingRequest(string? Outcome);
