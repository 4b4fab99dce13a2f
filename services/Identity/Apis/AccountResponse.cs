using RenminDaibiao.Identity.Domain;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Identity.Apis;

public sealed record AccountResponse(
    Guid Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string DivisionCode,
    string DivisionPath,
    Guid? DeputyId,
    string? UnitCode,
    bool IsDisabled,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt)
{
    public static AccountResponse From(Account account, DateTimeOffset now) => new(
        account.Id,
        account.UserName,
        account.DisplayName,
        account.Roles,
        account.DivisionCode,
        DivisionCodes.PathOf(account.DivisionCode),
        account.DeputyId,
        account.UnitCode,
        account.IsDisabled,
        account.IsLockedOut(now) ? account.LockedUntil : null,
        account.CreatedAt);
}
