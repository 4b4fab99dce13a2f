using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using RenminDaibiao.Identity.Domain;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Identity.Tests;

/// <summary>The account rules on their own: no servers involved.</summary>
public sealed class AccountTests
{
    private const string Password = "Secret#123";
    private static readonly IPasswordHasher<Account> Hasher = new PasswordHasher<Account>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_password_is_stored_only_as_a_hash_that_verifies_the_right_password_and_rejects_others()
    {
        var account = NewAccount();

        Assert.DoesNotContain(Password, account.PasswordHash, StringComparison.Ordinal);
        Assert.NotEqual(PasswordVerificationResult.Failed, Hasher.VerifyHashedPassword(account, account.PasswordHash, Password));
        Assert.Equal(PasswordVerificationResult.Failed, Hasher.VerifyHashedPassword(account, account.PasswordHash, "Secret#124"));
        Assert.Equal(LoginOutcome.Succeeded, account.SignIn(Password, _clock.GetUtcNow(), Hasher).Outcome);
        Assert.Equal(LoginOutcome.InvalidCredentials, account.SignIn("wrong-password-1", _clock.GetUtcNow(), Hasher).Outcome);
    }

    [Fact]
    public void Five_consecutive_failed_logins_lock_the_account_for_fifteen_minutes()
    {
        var account = NewAccount();

        for (var attempt = 1; attempt < Account.MaxFailedLogins; attempt++)
        {
            Assert.Equal(LoginOutcome.InvalidCredentials, account.SignIn("wrong-password-1", _clock.GetUtcNow(), Hasher).Outcome);
        }

        var fifth = account.SignIn("wrong-password-1", _clock.GetUtcNow(), Hasher);
        Assert.Equal(LoginOutcome.LockedOut, fifth.Outcome);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(15), fifth.LockedUntil);

        // While locked even the right password is refused.
        _clock.Advance(TimeSpan.FromMinutes(14) + TimeSpan.FromSeconds(59));
        Assert.Equal(LoginOutcome.LockedOut, account.SignIn(Password, _clock.GetUtcNow(), Hasher).Outcome);
        Assert.False(account.CanSignIn(_clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(LoginOutcome.Succeeded, account.SignIn(Password, _clock.GetUtcNow(), Hasher).Outcome);
        Assert.Null(account.LockedUntil);
    }

    [Fact]
    public void A_successful_login_restarts_the_count_of_failed_logins()
    {
        var account = NewAccount();
        for (var attempt = 1; attempt < Account.MaxFailedLogins; attempt++)
        {
            account.SignIn("wrong-password-1", _clock.GetUtcNow(), Hasher);
        }

        Assert.Equal(LoginOutcome.Succeeded, account.SignIn(Password, _clock.GetUtcNow(), Hasher).Outcome);

        for (var attempt = 1; attempt < Account.MaxFailedLogins; attempt++)
        {
            Assert.Equal(LoginOutcome.InvalidCredentials, account.SignIn("wrong-password-1", _clock.GetUtcNow(), Hasher).Outcome);
        }

        Assert.False(account.IsLockedOut(_clock.GetUtcNow()));
    }

    [Fact]
    public void Unlock_lifts_the_lockout_before_it_expires()
    {
        var account = NewAccount();
        for (var attempt = 0; attempt < Account.MaxFailedLogins; attempt++)
        {
            account.SignIn("wrong-password-1", _clock.GetUtcNow(), Hasher);
        }

        Assert.True(account.IsLockedOut(_clock.GetUtcNow()));

        account.Unlock();

        Assert.Equal(LoginOutcome.Succeeded, account.SignIn(Password, _clock.GetUtcNow(), Hasher).Outcome);
    }

    [Fact]
    public void A_disabled_account_cannot_sign_in_even_with_the_right_password()
    {
        var account = NewAccount();
        account.Disable();

        Assert.Equal(LoginOutcome.Disabled, account.SignIn(Password, _clock.GetUtcNow(), Hasher).Outcome);
        Assert.False(account.CanSignIn(_clock.GetUtcNow()));

        account.Enable();
        Assert.Equal(LoginOutcome.Succeeded, account.SignIn(Password, _clock.GetUtcNow(), Hasher).Outcome);
    }

    [Fact]
    public void User_names_are_compared_without_regard_to_case()
    {
        Assert.Equal(NewAccount("Zhang.San").NormalizedUserName, Account.Normalize("zhang.SAN"));
    }

    [Fact]
    public void A_deputy_account_needs_the_deputy_it_speaks_for()
    {
        var (account, errors) = Create([Roles.Deputy], deputyId: null);
        Assert.Null(account);
        Assert.Contains("deputyId", errors.ByField.Keys);

        var deputyId = Guid.CreateVersion7();
        var (deputy, _) = Create([Roles.Deputy], deputyId: deputyId);
        Assert.Equal(deputyId, deputy!.DeputyId);
        Assert.Equal(deputyId, deputy.ToTokenSubject().DeputyId);
    }

    [Fact]
    public void A_handling_unit_account_needs_its_unit_code()
    {
        var (account, errors) = Create([Roles.HandlingUnit], unitCode: " ");
        Assert.Null(account);
        Assert.Contains("unitCode", errors.ByField.Keys);

        var (unit, _) = Create([Roles.HandlingUnit], unitCode: "411300-JTJ");
        Assert.Equal("411300-JTJ", unit!.UnitCode);
    }

    [Fact]
    public void Deputy_and_unit_links_are_refused_on_accounts_without_those_roles()
    {
        var (account, errors) = Create([Roles.CommitteeStaff], deputyId: Guid.CreateVersion7(), unitCode: "411300-JTJ");

        Assert.Null(account);
        Assert.Contains("deputyId", errors.ByField.Keys);
        Assert.Contains("unitCode", errors.ByField.Keys);
    }

    [Theory]
    [InlineData(new string[0], "roles")]
    [InlineData(new[] { "superuser" }, "roles")]
    public void An_account_needs_at_least_one_known_role(string[] roles, string field)
    {
        var (account, errors) = Create(roles);

        Assert.Null(account);
        Assert.Equal([field], errors.ByField.Keys);
    }

    [Fact]
    public void An_account_holding_several_roles_keeps_each_once()
    {
        var (account, _) = Create([Roles.CommitteeStaff, Roles.Admin, Roles.Admin]);

        Assert.Equal([Roles.CommitteeStaff, Roles.Admin], account!.Roles);
    }

    [Theory]
    [InlineData("", "Secret#123", "411302", "userName")]
    [InlineData("ab", "Secret#123", "411302", "userName")]
    [InlineData("张三", "Secret#123", "411302", "userName")]
    [InlineData("zhangsan", "short1", "411302", "password")]
    [InlineData("zhangsan", "onlyletters", "411302", "password")]
    [InlineData("zhangsan", "Secret#123", "41130", "divisionCode")]
    [InlineData("zhangsan", "Secret#123", "41130200A", "divisionCode")]
    public void Invalid_fields_are_named(string userName, string password, string divisionCode, string field)
    {
        var (account, errors) = Split(Account.Create(
            userName, null, password, [Roles.Citizen], divisionCode, null, null, _clock.GetUtcNow(), Hasher));

        Assert.Null(account);
        Assert.Equal([field], errors.ByField.Keys);
    }

    [Fact]
    public void Changing_ones_own_password_requires_the_current_one()
    {
        var account = NewAccount();
        var before = account.PasswordHash;

        var missing = account.ChangePassword(null, "NewSecret#456", currentPasswordRequired: true, Hasher);
        var wrong = account.ChangePassword("Wrong#123", "NewSecret#456", currentPasswordRequired: true, Hasher);
        var overLong = account.ChangePassword(new string('a', Account.MaxPasswordLength + 1), "NewSecret#456", currentPasswordRequired: true, Hasher);

        Assert.Contains("currentPassword", missing.Errors!.ByField.Keys);
        Assert.Contains("currentPassword", wrong.Errors!.ByField.Keys);
        Assert.Contains("currentPassword", overLong.Errors!.ByField.Keys);
        Assert.Equal(before, account.PasswordHash);

        Assert.True(account.ChangePassword(Password, "NewSecret#456", currentPasswordRequired: true, Hasher).Succeeded);
        Assert.Equal(LoginOutcome.Succeeded, account.SignIn("NewSecret#456", _clock.GetUtcNow(), Hasher).Outcome);
        Assert.Equal(LoginOutcome.InvalidCredentials, account.SignIn(Password, _clock.GetUtcNow(), Hasher).Outcome);
    }

    [Fact]
    public void An_admin_reset_needs_no_current_password_but_the_new_one_must_follow_the_rules()
    {
        var account = NewAccount();

        Assert.Contains("newPassword", account.ChangePassword(null, "short", currentPasswordRequired: false, Hasher).Errors!.ByField.Keys);
        Assert.True(account.ChangePassword(null, "Reset#2026", currentPasswordRequired: false, Hasher).Succeeded);
        Assert.Equal(LoginOutcome.Succeeded, account.SignIn("Reset#2026", _clock.GetUtcNow(), Hasher).Outcome);
    }

    private Account NewAccount(string userName = "zhangsan") =>
        Account.Create(userName, "张三", Password, [Roles.Citizen], "411302001", null, null, _clock.GetUtcNow(), Hasher).Value!;

    private (Account? Account, DomainErrors Errors) Create(string[] roles, Guid? deputyId = null, string? unitCode = null) =>
        Split(Account.Create("zhangsan", "张三", Password, roles, "411302", deputyId, unitCode, _clock.GetUtcNow(), Hasher));

    private static (Account? Account, DomainErrors Errors) Split(Outcome<Account> outcome) =>
        (outcome.Value, outcome.Errors ?? new DomainErrors());
}
