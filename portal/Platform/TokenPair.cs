namespace RenminDaibiao.Portal.Platform;

/// <summary>What POST /api/auth/token and /api/auth/refresh answer.</summary>
public sealed record TokenPair(string AccessToken, DateTimeOffset ExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt);
