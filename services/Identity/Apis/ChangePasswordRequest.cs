namespace RenminDaibiao.Identity.Apis;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
