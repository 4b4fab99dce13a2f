namespace RenminDaibiao.Identity.Apis;

public sealed record CreateAccountRequest(
    string? UserName,
    string? DisplayName,
    string? Password,
    string?[]? Roles,
    string? DivisionCode,
    Guid? DeputyId,
    string? UnitCode);
