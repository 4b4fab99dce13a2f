namespace RenminDaibiao.Identity.Domain;

/// <summary>The outcome of one log-in attempt; <see cref="LockedUntil"/> is set when the account is locked.</summary>
public readonly record struct LoginResult(LoginOutcome Outcome, DateTimeOffset? LockedUntil)
{
    public static LoginResult Succeeded() => new(LoginOutcome.Succeeded, null);

    public static LoginResult InvalidCredentials() => new(LoginOutcome.InvalidCredentials, null);

    public static LoginResult LockedOut(DateTimeOffset until) => new(LoginOutcome.LockedOut, until);

    public static LoginResult Disabled() => new(LoginOutcome.Disabled, null);
}
