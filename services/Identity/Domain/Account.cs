using Microsoft.AspNetCore.Identity;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RoleNames = RenminDaibiao.ServiceDefaults.Authentication.Roles;

namespace RenminDaibiao.Identity.Domain;

/// <summary>
/// A person who signs in to the platform: one division, one or more roles, a hashed password and the
/// lockout state that protects it from guessing.
/// </summary>
public sealed class Account : IDivisionScoped
{
    public const int MinUserNameLength = 3;
    public const int MaxUserNameLength = 64;
    public const int MaxDisplayNameLength = 50;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public const int MaxUnitCodeLength = UnitCodes.MaxLength;

    /// <summary>There are six roles; a repeated one is kept once, so a little room is left for repeats.</summary>
    public const int MaxRoles = 10;

    /// <summary>ASP.NET Core Identity's hash is 84 characters of base64; room for a stronger format.</summary>
    public const int MaxPasswordHashLength = 256;

    /// <summary>Consecutive failed log-ins that lock the account.</summary>
    public const int MaxFailedLogins = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private Account(
        Guid id, string userName, string displayName, string[] roles, string divisionCode,
        Guid? deputyId, string? unitCode, DateTimeOffset createdAt)
    {
        Id = id;
        UserName = userName;
        NormalizedUserName = Normalize(userName);
        DisplayName = displayName;
        Roles = roles;
        DivisionCode = divisionCode;
        DeputyId = deputyId;
        UnitCode = unitCode;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; }

    /// <summary>The user name in upper case: the unique key that makes user names case-insensitive.</summary>
    public string NormalizedUserName { get; private set; }

    public string DisplayName { get; private set; }

    public string PasswordHash { get; private set; } = "";

    public string[] Roles { get; private set; }

    public string DivisionCode { get; private set; }

    /// <summary>The deputy this account speaks for; set exactly when the account holds the deputy role.</summary>
    public Guid? DeputyId { get; private set; }

    /// <summary>The handling unit (承办单位) this account answers for; set exactly when it holds the handling-unit role.</summary>
    public string? UnitCode { get; private set; }

    public int FailedLoginCount { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsDisabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>Creates an account, or explains which fields break the rules. Nothing is created when any does.</summary>
    public static Outcome<Account> Create(
        string? userName,
        string? displayName,
        string? password,
        IReadOnlyList<string?>? roles,
        string? divisionCode,
        Guid? deputyId,
        string? unitCode,
        DateTimeOffset now,
        IPasswordHasher<Account> hasher)
    {
        var errors = new DomainErrors();
        var name = userName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add("userName", "用户名不能为空。");
        }
        else if (name.Length < MinUserNameLength || name.Length > MaxUserNameLength)
        {
            errors.Add("userName", $"用户名长度应为 {MinUserNameLength} 至 {MaxUserNameLength} 个字符。");
        }
        else if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            errors.Add("userName", "用户名只能包含英文字母、数字、“.”、“-”和“_”。");
        }

        var display = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim();
        if (display.Length > MaxDisplayNameLength)
        {
            errors.Add("displayName", $"显示名称不能超过 {MaxDisplayNameLength} 个字符。");
        }

        if (ValidatePassword(password) is { } passwordError)
        {
            errors.Add("password", passwordError);
        }

        var roleSet = ValidateRoles(roles, errors);

        DivisionCodes.Require(divisionCode, errors);

        var unit = string.IsNullOrWhiteSpace(unitCode) ? null : unitCode.Trim();
        ValidateRoleLinks(roleSet, deputyId, unit, errors);

        if (errors.Any)
        {
            return Outcome<Account>.Invalid(errors);
        }

        var account = new Account(Guid.CreateVersion7(), name, display, roleSet!, divisionCode!, deputyId, unit, now);
        account.PasswordHash = hasher.HashPassword(account, password!);
        return Outcome<Account>.Made(account);
    }

    /// <summary>
    /// Checks that a log-in request gives a user name and a password no longer than any account can have. Longer ones
    /// are refused before the database or the password hasher sees them; that says nothing about which accounts exist.
    /// </summary>
    public static DomainErrors CheckSignInInput(string? userName, string? password)
    {
        var errors = new DomainErrors();
        if (string.IsNullOrWhiteSpace(userName))
        {
            errors.Add("userName", "请输入用户名。");
        }
        else if (userName.Trim().Length > MaxUserNameLength)
        {
            errors.Add("userName", $"用户名不能超过 {MaxUserNameLength} 个字符。");
        }

        if (string.IsNullOrEmpty(password))
        {
            errors.Add("password", "请输入密码。");
        }
        else if (password.Length > MaxPasswordLength)
        {
            errors.Add("password", $"密码不能超过 {MaxPasswordLength} 个字符。");
        }

        return errors;
    }

    /// <summary>The password rule every new password meets; null when it is acceptable.</summary>
    public static string? ValidatePassword(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "密码不能为空。";
        }

        if (password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
        {
            return $"密码长度应为 {MinPasswordLength} 至 {MaxPasswordLength} 个字符。";
        }

        return password.Any(char.IsLetter) && password.Any(char.IsDigit)
            ? null
            : "密码必须同时包含字母和数字。";
    }

    /// <summary>
    /// Checks a log-in attempt. A locked or disabled account is refused without looking at the password;
    /// a wrong password counts towards the lockout; a right one clears the count.
    /// </summary>
    public LoginResult SignIn(string password, DateTimeOffset now, IPasswordHasher<Account> hasher)
    {
        if (IsDisabled)
        {
            return LoginResult.Disabled();
        }

        if (IsLockedOut(now))
        {
            return LoginResult.LockedOut(LockedUntil!.Value);
        }

        var verification = hasher.VerifyHashedPassword(this, PasswordHash, password);
        if (verification == PasswordVerificationResult.Failed)
        {
            FailedLoginCount++;
            if (FailedLoginCount >= MaxFailedLogins)
            {
                FailedLoginCount = 0;
                LockedUntil = now + LockoutDuration;
                return LoginResult.LockedOut(LockedUntil.Value);
            }

            return LoginResult.InvalidCredentials();
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            PasswordHash = hasher.HashPassword(this, password);
        }

        FailedLoginCount = 0;
        LockedUntil = null;
        return LoginResult.Succeeded();
    }

    /// <summary>Whether the account may keep a session alive (refresh its tokens) at <paramref name="now"/>.</summary>
    public bool CanSignIn(DateTimeOffset now) => !IsDisabled && !IsLockedOut(now);

    /// <summary>Sets a new password. The account holder must prove the current one; an admin resetting it need not.</summary>
    public Outcome ChangePassword(string? currentPassword, string? newPassword, bool currentPasswordRequired, IPasswordHasher<Account> hasher)
    {
        var errors = new DomainErrors();
        if (currentPasswordRequired)
        {
            if (string.IsNullOrEmpty(currentPassword))
            {
                errors.Add("currentPassword", "请输入当前密码。");
            }
            else if (currentPassword.Length > MaxPasswordLength)
            {
                // No password can be this long: refused before the hasher spends time on it.
                errors.Add("currentPassword", "当前密码不正确。");
            }
            else if (hasher.VerifyHashedPassword(this, PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
            {
                errors.Add("currentPassword", "当前密码不正确。");
            }
        }

        if (ValidatePassword(newPassword) is { } passwordError)
        {
            errors.Add("newPassword", passwordError);
        }

        if (!errors.Any)
        {
            PasswordHash = hasher.HashPassword(this, newPassword!);
        }

        return Outcome.From(errors);
    }

    /// <summary>Lifts a lockout before it expires and clears the failed log-in count.</summary>
    public void Unlock()
    {
        FailedLoginCount = 0;
        LockedUntil = null;
    }

    public void Disable() => IsDisabled = true;

    public void Enable() => IsDisabled = false;

    public TokenSubject ToTokenSubject() => new(Id, DisplayName, Roles, DivisionCode, DeputyId, UnitCode);

    private static string[]? ValidateRoles(IReadOnlyList<string?>? roles, DomainErrors errors)
    {
        if (roles is null || roles.Count == 0)
        {
            errors.Add("roles", "至少需要一个角色。");
            return null;
        }

        if (!Lists.WithinLimits(roles, "roles", "角色", MaxRoles, errors))
        {
            return null;
        }

        var unknown = roles.Where(role => role is not null && !RoleNames.All.Contains(role, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("roles", $"未知角色：{string.Join("、", unknown)}。可选角色：{string.Join("、", RoleNames.All)}。");
            return null;
        }

        return [.. roles.Distinct(StringComparer.Ordinal).Select(role => role!)];
    }

    private static void ValidateRoleLinks(string[]? roles, Guid? deputyId, string? unitCode, DomainErrors errors)
    {
        if (roles is null)
        {
            return;
        }

        var isDeputy = roles.Contains(RoleNames.Deputy, StringComparer.Ordinal);
        if (isDeputy && (deputyId is null || deputyId == Guid.Empty))
        {
            errors.Add("deputyId", "代表账户必须关联代表编号。");
        }
        else if (!isDeputy && deputyId is not null)
        {
            errors.Add("deputyId", "只有代表账户可以关联代表编号。");
        }

        var isUnit = roles.Contains(RoleNames.HandlingUnit, StringComparer.Ordinal);
        if (isUnit && unitCode is null)
        {
            errors.Add("unitCode", "承办单位账户必须填写单位代码。");
        }
        else if (!isUnit && unitCode is not null)
        {
            errors.Add("unitCode", "只有承办单位账户可以填写单位代码。");
        }
        else if (unitCode is not null
                 && (unitCode.Length > MaxUnitCodeLength || !unitCode.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            errors.Add("unitCode", $"单位代码只能包含英文字母、数字和“-”，且不超过 {MaxUnitCodeLength} 个字符。");
        }
    }
}
