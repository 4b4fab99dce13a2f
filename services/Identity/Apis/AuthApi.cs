using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Identity.Domain;
using RenminDaibiao.Identity.Infrastructure;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Identity.Apis;

public static class AuthApi
{
    /// <summary>One message for an unknown user and a wrong password: a caller cannot probe for user names.</summary>
    public const string InvalidCredentialsMessage = "用户名或密码错误。";

    public const string InvalidRefreshTokenMessage = "刷新令牌无效或已过期，请重新登录。";

    // Verified against when the user name is unknown, so that both failures take the same time.
    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<Account>().HashPassword(default!, Guid.NewGuid().ToString()));

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/token", IssueTokenAsync).AllowAnonymous()
            .WithSummary("登录：以用户名和密码换取访问令牌和刷新令牌");
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous()
            .WithSummary("以刷新令牌换取新的访问令牌（刷新令牌随之轮换）");
        auth.MapGet("/me", GetMeAsync).RequireAuthorization()
            .WithSummary("当前登录用户的账户");

        var accounts = auth.MapGroup("/accounts");
        accounts.MapPost("/", CreateAccountAsync).RequireAuthorization(Policies.Admin)
            .WithSummary("创建账户（本级及下级行政区划）");
        accounts.MapGet("/", ListAccountsAsync).RequireAuthorization(Policies.CommitteeStaff)
            .WithSummary("分页列出本级及下级行政区划的账户");
        accounts.MapGet("/{id:guid}", GetAccountAsync).RequireAuthorization().WithName("GetAccount")
            .WithSummary("查看一个账户");
        accounts.MapPut("/{id:guid}/password", ChangePasswordAsync).RequireAuthorization()
            .WithSummary("修改本人密码，或由管理员重置密码");
        accounts.MapPost("/{id:guid}/unlock", UnlockAsync).RequireAuthorization(Policies.Admin)
            .WithSummary("解除账户锁定");
        accounts.MapPost("/{id:guid}/disable", DisableAsync).RequireAuthorization(Policies.Admin)
            .WithSummary("停用账户并结束其全部会话");
        accounts.MapPost("/{id:guid}/enable", EnableAsync).RequireAuthorization(Policies.Admin)
            .WithSummary("重新启用账户");
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request,
        IdentityContext db,
        IPasswordHasher<Account> hasher,
        AccessTokenFactory accessTokens,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = Account.CheckSignInInput(request.UserName, request.Password);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var normalized = Account.Normalize(request.UserName!);
        for (var attempt = 1; ; attempt++)
        {
            // Signing in happens before there is a user: the division scope would hide every account.
            var account = await db.Accounts.IgnoreQueryFilters()
                .SingleOrDefaultAsync(candidate => candidate.NormalizedUserName == normalized, cancellationToken);
            if (account is null)
            {
                hasher.VerifyHashedPassword(default!, UnknownUserHash.Value, request.Password!);
                return Problems.Unauthorized(InvalidCredentialsMessage);
            }

            var now = clock.GetUtcNow();
            var result = account.SignIn(request.Password!, now, hasher);
            TokenResponse? issued = null;
            if (result.Outcome == LoginOutcome.Succeeded)
            {
                var (refreshToken, secret) = RefreshToken.IssueFor(account.Id, now);
                db.RefreshTokens.Add(refreshToken);
                var (accessToken, expiresAt) = accessTokens.Create(account.ToTokenSubject());
                issued = new TokenResponse(accessToken, expiresAt, secret, refreshToken.ExpiresAt);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // Another log-in of the same account changed it meanwhile: count this attempt on the fresh state.
                db.ChangeTracker.Clear();
                continue;
            }

            return result.Outcome switch
            {
                LoginOutcome.Succeeded => TypedResults.Ok(issued!),
                LoginOutcome.LockedOut => LockedOut(result.LockedUntil!.Value),
                LoginOutcome.Disabled => Problems.Unauthorized("账户已停用，请联系管理员。"),
                _ => Problems.Unauthorized(InvalidCredentialsMessage),
            };
        }
    }

    private static async Task RevokeFamilyAsync(IdentityContext db, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A concurrent rotation in the same family may change a row under us: reload and revoke again.
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var family = await db.RefreshTokens
                .Where(token => token.FamilyId == familyId && token.RevokedAt == null)
                .ToListAsync(cancellationToken);
            RefreshToken.RevokeFamily(family, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
            }
        }
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request,
        IdentityContext db,
        AccessTokenFactory accessTokens,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = RefreshToken.CheckPresented(request.RefreshToken);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var hash = RefreshToken.Hash(request.RefreshToken!);
        var presented = await db.RefreshTokens.SingleOrDefaultAsync(token => token.TokenHash == hash, cancellationToken);
        if (presented is null)
        {
            return Problems.Unauthorized(InvalidRefreshTokenMessage);
        }

        var now = clock.GetUtcNow();
        var rotation = presented.Rotate(now);
        switch (rotation.Outcome)
        {
            case RotationOutcome.Reused:
                // A revoked token came back: whoever holds its family may be an attacker. End every session of it.
                await RevokeFamilyAsync(db, presented.FamilyId, now, cancellationToken);
                return Problems.Unauthorized(InvalidRefreshTokenMessage);
            case RotationOutcome.Expired:
                return Problems.Unauthorized(InvalidRefreshTokenMessage);
        }

        var account = await db.Accounts.IgnoreQueryFilters()
            .SingleOrDefaultAsync(candidate => candidate.Id == presented.AccountId, cancellationToken);
        if (account is null || !account.CanSignIn(now))
        {
            return Problems.Unauthorized(account is { IsDisabled: true } ? "账户已停用，请联系管理员。" : InvalidRefreshTokenMessage);
        }

        db.RefreshTokens.Add(rotation.Successor!);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same token was used by a concurrent request that rotated it first.
            return Problems.Unauthorized(InvalidRefreshTokenMessage);
        }

        var (accessToken, expiresAt) = accessTokens.Create(account.ToTokenSubject());
        return TypedResults.Ok(new TokenResponse(accessToken, expiresAt, rotation.Secret!, rotation.Successor!.ExpiresAt));
    }

    private static async Task<Results<Ok<AccountResponse>, NotFound>> GetMeAsync(
        IdentityContext db, CurrentUser currentUser, TimeProvider clock, CancellationToken cancellationToken) =>
        await db.Accounts.SingleOrDefaultAsync(account => account.Id == currentUser.Id, cancellationToken) is { } account
            ? TypedResults.Ok(AccountResponse.From(account, clock.GetUtcNow()))
            : TypedResults.NotFound();

    private static async Task<Results<CreatedAtRoute<AccountResponse>, ProblemHttpResult>> CreateAccountAsync(
        CreateAccountRequest request,
        IdentityContext db,
        CurrentUser currentUser,
        IPasswordHasher<Account> hasher,
        LinkedRecords linkedRecords,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (DivisionCodes.IsValid(request.DivisionCode) && !currentUser.CanAccessDivision(request.DivisionCode!))
        {
            return Problems.Forbidden("只能在本级及下级行政区划内创建账户。");
        }

        var now = clock.GetUtcNow();
        var created = Account.Create(
            request.UserName, request.DisplayName, request.Password, request.Roles, request.DivisionCode,
            request.DeputyId, request.UnitCode, now, hasher);
        if (created.ToProblem() is { } refused)
        {
            return refused;
        }

        var account = created.Value!;

        var (linkField, link) = await CheckLinkAsync(account, linkedRecords, cancellationToken);
        if (link == LinkCheck.NotVisible)
        {
            return Problems.Invalid(
                linkField,
                linkField == "deputyId" ? "代表不存在，或不在本级及下级行政区划内。" : "承办单位不存在，或不在本级及下级行政区划内。");
        }

        if (link == LinkCheck.Unavailable)
        {
            return Problems.Unavailable("暂时无法核实关联的代表或承办单位，请稍后再试。");
        }

        if (await db.Accounts.IgnoreQueryFilters()
                .AnyAsync(existing => existing.NormalizedUserName == account.NormalizedUserName, cancellationToken))
        {
            return DuplicateUserName(account.UserName);
        }

        db.Accounts.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return DuplicateUserName(account.UserName);
        }

        return TypedResults.CreatedAtRoute(AccountResponse.From(account, now), "GetAccount", new { id = account.Id });
    }

    /// <summary>
    /// An account speaks for its deputy or unit from then on (ballots, inbox), so the record must exist and lie in
    /// the administrator's own subtree, as its owning service sees it with the administrator's token.
    /// </summary>
    private static async Task<(string Field, LinkCheck Check)> CheckLinkAsync(
        Account account, LinkedRecords linkedRecords, CancellationToken cancellationToken) => account switch
        {
            { DeputyId: { } deputyId } => ("deputyId", await linkedRecords.DeputyAsync(deputyId, cancellationToken)),
            { UnitCode: { } unitCode } => ("unitCode", await linkedRecords.UnitAsync(unitCode, cancellationToken)),
            _ => ("", LinkCheck.Visible),
        };

    private static async Task<Results<Ok<PagedList<AccountResponse>>, ProblemHttpResult>> ListAccountsAsync(
        IdentityContext db,
        TimeProvider clock,
        CancellationToken cancellationToken,
        int? page = null,
        int? pageSize = null,
        string? role = null,
        string? divisionCode = null)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);

        if (role is not null && !Roles.All.Contains(role, StringComparer.Ordinal))
        {
            errors.Add("role", $"未知角色：{role}。");
        }

        DivisionCodes.Optional(divisionCode, errors);

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        // The division scope already limits this to the caller's subtree; the filter narrows it further.
        var query = db.Accounts.AsNoTracking();
        if (role is not null)
        {
            query = query.Where(account => account.Roles.Contains(role));
        }

        if (divisionCode is not null)
        {
            var prefix = DivisionCodes.ScopePrefix(divisionCode);
            query = query.Where(account => account.DivisionCode.StartsWith(prefix));
        }

        var accounts = await query
            .OrderBy(account => account.DivisionCode).ThenBy(account => account.NormalizedUserName)
            .ToPageAsync(pageRequest, cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(accounts.Select(account => AccountResponse.From(account, now)));
    }

    private static async Task<Results<Ok<AccountResponse>, NotFound, ProblemHttpResult>> GetAccountAsync(
        Guid id, IdentityContext db, CurrentUser currentUser, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (id != currentUser.Id && !currentUser.IsInAnyRole(Roles.Admin, Roles.CommitteeStaff))
        {
            return Problems.Forbidden("只能查看本人的账户。");
        }

        return await db.Accounts.AsNoTracking().SingleOrDefaultAsync(account => account.Id == id, cancellationToken) is { } account
            ? TypedResults.Ok(AccountResponse.From(account, clock.GetUtcNow()))
            : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> ChangePasswordAsync(
        Guid id,
        ChangePasswordRequest request,
        IdentityContext db,
        CurrentUser currentUser,
        IPasswordHasher<Account> hasher,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var isSelf = id == currentUser.Id;
        if (!isSelf && !currentUser.IsInRole(Roles.Admin))
        {
            return Problems.Forbidden("只能修改本人的密码。");
        }

        var account = await db.Accounts.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        // The holder proves the current password; an admin resetting someone else's does not know it.
        var changed = account.ChangePassword(request.CurrentPassword, request.NewPassword, currentPasswordRequired: isSelf, hasher);
        if (changed.ToProblem() is { } refused)
        {
            return refused;
        }

        // A new password ends every session that the old one opened.
        var now = clock.GetUtcNow();
        await RevokeSessionsAsync(db, account.Id, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<Results<Ok<AccountResponse>, NotFound>> UnlockAsync(
        Guid id, IdentityContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAccountAsync(id, db, clock, account => account.Unlock(), cancellationToken);

    private static async Task<Results<Ok<AccountResponse>, NotFound, ProblemHttpResult>> DisableAsync(
        Guid id, IdentityContext db, CurrentUser currentUser, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (id == currentUser.Id)
        {
            return Problems.Conflict("不能停用自己的账户。");
        }

        var account = await db.Accounts.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        // A disabled account keeps no session: its refresh tokens end now, its access tokens within the hour.
        var now = clock.GetUtcNow();
        account.Disable();
        await RevokeSessionsAsync(db, account.Id, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AccountResponse.From(account, now));
    }

    private static Task<Results<Ok<AccountResponse>, NotFound>> EnableAsync(
        Guid id, IdentityContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAccountAsync(id, db, clock, account => account.Enable(), cancellationToken);

    /// <summary>Loads an account in the caller's scope, applies one domain operation to it and saves.</summary>
    private static async Task<Results<Ok<AccountResponse>, NotFound>> ChangeAccountAsync(
        Guid id, IdentityContext db, TimeProvider clock, Action<Account> change, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        change(account);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AccountResponse.From(account, clock.GetUtcNow()));
    }

    /// <summary>Ends every session of an account: its refresh tokens are revoked (access tokens run out within the hour).</summary>
    private static async Task RevokeSessionsAsync(IdentityContext db, Guid accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sessions = await db.RefreshTokens
            .Where(token => token.AccountId == accountId && token.RevokedAt == null)
            .ToListAsync(cancellationToken);
        RefreshToken.RevokeFamily(sessions, now);
    }

    private static ProblemHttpResult LockedOut(DateTimeOffset until) =>
        Problems.Unauthorized(
            string.Create(
                CultureInfo.InvariantCulture,
                $"连续 {Account.MaxFailedLogins} 次登录失败，账户已锁定至 {ChinaTime.ToChina(until):yyyy-MM-dd HH:mm:ss}（北京时间），请届时再试或联系管理员解锁。"),
            new Dictionary<string, object?> { ["lockedUntil"] = until });

    private static ProblemHttpResult DuplicateUserName(string userName) =>
        Problems.Conflict($"用户名“{userName}”已被使用（不区分大小写）。");
}
