using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Identity.Domain;
using RenminDaibiao.Identity.Infrastructure;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RoleNames = RenminDaibiao.ServiceDefaults.Authentication.Roles;

namespace RenminDaibiao.Identity.Apis;

/// <summary>
/// Service to service: Deputies creates the accounts of a whole imported roll in one call. A deputy who already has
/// an account keeps it (so a repeated import creates nothing); a new account's one-time password is answered once
/// and never stored in clear.
/// </summary>
public static class DeputyAccountsApi
{
    /// <summary>A county roll is a few hundred; a city's a little over a thousand.</summary>
    public const int MaxBatch = 5000;

    public static IEndpointRouteBuilder MapDeputyAccountsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/internal/identity").WithTags("Internal")
            .MapPost("/deputy-accounts", CreateAsync).RequireAuthorization(Policies.Service)
            .WithSummary("内部：为导入的代表名册批量创建账户，返回一次性密码");
        return app;
    }

    public sealed record DeputyAccountRequest(Guid? DeputyId, string? UserName, string? DisplayName, string? DivisionCode);

    public sealed record DeputyAccountsRequest(IReadOnlyList<DeputyAccountRequest>? Accounts);

    public sealed record IssuedAccount(Guid DeputyId, string UserName, string Password);

    public sealed record ExistingAccount(Guid DeputyId, string UserName);

    /// <summary>The user name is another person's account: that deputy gets no account from this call.</summary>
    public sealed record TakenUserName(Guid DeputyId, string UserName);

    public sealed record DeputyAccountsResponse(IReadOnlyList<IssuedAccount> Created, IReadOnlyList<ExistingAccount> Existing, IReadOnlyList<TakenUserName> Taken);

    private static async Task<Results<Ok<DeputyAccountsResponse>, ProblemHttpResult>> CreateAsync(
        DeputyAccountsRequest request, IdentityContext db, OneTimePasswordHasher hasher, TimeProvider clock, CancellationToken ct)
    {
        var items = request.Accounts ?? [];
        if (items.Count is 0 or > MaxBatch)
        {
            return Problems.Invalid("accounts", $"账户数量应在 1 到 {MaxBatch} 之间。");
        }

        var errors = new DomainErrors();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].DeputyId is null || items[i].DeputyId == Guid.Empty)
            {
                errors.Add($"accounts[{i}].deputyId", "代表不能为空。");
            }
        }

        if (items.Select(item => item.DeputyId).Distinct().Count() != items.Count)
        {
            errors.Add("accounts", "同一代表只能出现一次。");
        }

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        // A service call acts for no division: the whole table is looked at.
        var deputyIds = items.Select(item => item.DeputyId).ToList();
        var names = items.Select(item => Account.Normalize(item.UserName ?? "")).ToList();
        var existing = await db.Accounts.IgnoreQueryFilters().AsNoTracking()
            .Where(account => deputyIds.Contains(account.DeputyId) || names.Contains(account.NormalizedUserName))
            .Select(account => new { account.DeputyId, account.UserName, account.NormalizedUserName })
            .ToListAsync(ct);
        var byDeputy = existing.Where(account => account.DeputyId is not null).ToDictionary(account => account.DeputyId!.Value, account => account.UserName);
        var takenNames = existing.Select(account => account.NormalizedUserName).ToHashSet(StringComparer.Ordinal);

        var kept = new List<ExistingAccount>();
        var taken = new List<TakenUserName>();
        var wanted = new List<(int Index, DeputyAccountRequest Item)>();
        for (var i = 0; i < items.Count; i++)
        {
            var deputyId = items[i].DeputyId!.Value;
            if (byDeputy.TryGetValue(deputyId, out var userName))
            {
                kept.Add(new ExistingAccount(deputyId, userName));
            }
            else if (!takenNames.Add(names[i]))
            {
                taken.Add(new TakenUserName(deputyId, items[i].UserName?.Trim() ?? ""));
            }
            else
            {
                wanted.Add((i, items[i]));
            }
        }

        // Hashing is the cost: it runs on every core, the rest stays sequential.
        var now = clock.GetUtcNow();
        var made = new (Outcome<Account> Outcome, string Password)[wanted.Count];
        Parallel.For(0, wanted.Count, new ParallelOptions { CancellationToken = ct }, k =>
        {
            var item = wanted[k].Item;
            var password = OneTimePasswords.Generate();
            made[k] = (Account.Create(item.UserName, item.DisplayName, password, [RoleNames.Deputy], item.DivisionCode, item.DeputyId, null, now, hasher), password);
        });

        for (var k = 0; k < made.Length; k++)
        {
            foreach (var (field, messages) in made[k].Outcome.Errors?.ByField ?? new Dictionary<string, string[]>())
            {
                foreach (var message in messages)
                {
                    errors.Add($"accounts[{wanted[k].Index}].{field}", message);
                }
            }
        }

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        db.Accounts.AddRange(made.Select(entry => entry.Outcome.Value!));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return Problems.Conflict("有账户在此期间被创建，请重新提交。");
        }

        var created = made.Select(entry => new IssuedAccount(entry.Outcome.Value!.DeputyId!.Value, entry.Outcome.Value.UserName, entry.Password)).ToList();
        return TypedResults.Ok(new DeputyAccountsResponse(created, kept, taken));
    }
}
