namespace RenminDaibiao.Voting.Infrastructure;

public sealed record CastResult(CastOutcome Outcome, string? ReceiptCode);
