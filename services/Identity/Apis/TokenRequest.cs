namespace RenminDaibiao.Identity.Apis;

public sealed record TokenRequest(string? UserName, string? Password);
