namespace RenminDaibiao.Suggestions.Apis;

public sealed record CoSignerDto(Guid DeputyId, bool Confirmed, DateTimeOffset? ConfirmedAt);
