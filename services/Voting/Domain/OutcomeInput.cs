namespace RenminDaibiao.Voting.Domain;

/// <summary>One item's conclusion as the committee sent it, at the mid-year check or the year-end review.</summary>
public sealed record OutcomeInput(Guid? ItemId, string? Outcome, string? Notes);
