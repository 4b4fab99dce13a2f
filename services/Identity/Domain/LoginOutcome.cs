namespace RenminDaibiao.Identity.Domain;

public enum LoginOutcome
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
    Disabled,
}
