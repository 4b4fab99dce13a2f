namespace RenminDaibiao.Identity.Apis;

public sealed record RefreshRequest(string? RefreshToken);
