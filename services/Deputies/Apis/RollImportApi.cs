using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>
/// 代表名册导入: committee staff bring a congress's deputies as a spreadsheet. The roll is stored whole or not at all,
/// and a deputy is known by their mobile number, so importing the same file again changes nothing.
/// </summary>
public static class RollImportApi
{
    /// <summary>A roll of 5000 rows is well under 2 MB; the limit keeps a wrong upload from filling memory.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static RouteGroupBuilder MapRollImportApi(this RouteGroupBuilder api)
    {
        var roll = api.MapGroup("/congresses/{congressId:guid}/roll").WithTags("Congresses").RequireAuthorization(Policies.CommitteeStaff);
        roll.MapGet("/template", TemplateAsync).WithSummary("代表名册导入模板（Excel）");

        // The API is called with bearer tokens, not cookies: there is no cross-site form to forge.
        roll.MapPost("/import", ImportAsync).DisableAntiforgery().WithSummary("导入代表名册（Excel），可同时创建代表账户");
        return api;
    }

    public sealed record IssuedAccount(Guid DeputyId, string Name, string UserName, string Password);

    public sealed record SkippedAccount(Guid DeputyId, string Name, string UserName);

    /// <summary>
    /// The accounts step: new accounts with their one-time passwords (shown this once), how many deputies already had
    /// one, and deputies whose mobile number is another account's user name. Null Created means Identity could not be
    /// asked: the roll is stored, and importing the same file again creates the accounts.
    /// </summary>
    public sealed record AccountsResult(bool Done, IReadOnlyList<IssuedAccount> Created, int Existing, IReadOnlyList<SkippedAccount> Taken);

    public sealed record ImportResponse(int Rows, int Registered, int Seated, int Unchanged, AccountsResult? Accounts);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TemplateAsync(Guid congressId, DeputiesContext db, CancellationToken ct)
    {
        var congress = await db.Congresses.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == congressId, ct);
        return congress is null
            ? Problems.NotFound()
            : TypedResults.File(RollWorkbook.Template(), RollWorkbook.ContentType, $"roll-{congress.DivisionCode}-{congress.Term}.xlsx");
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportAsync(
        Guid congressId, IFormFile? file, bool? createAccounts, DeputiesContext db, CurrentUser user, DeputyAccounts accounts,
        TimeProvider clock, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Problems.Invalid("file", "请上传代表名册（Excel 文件）。");
        }

        if (file.Length > MaxFileBytes)
        {
            return Problems.Invalid("file", "文件不能超过 10 MB。");
        }

        var congress = await db.Congresses.FirstOrDefaultAsync(candidate => candidate.Id == congressId, ct);
        if (congress is null)
        {
            return Problems.NotFound();
        }

        await using var stream = file.OpenReadStream();
        var (rows, unreadable) = RollWorkbook.Read(stream);
        if (unreadable is not null)
        {
            return Problems.Invalid("file", unreadable);
        }

        // The known deputies and the groups, loaded once for the whole roll (outside the caller's scope: a deputy
        // registered elsewhere is named as such, not registered twice).
        var phones = rows.Select(row => Phones.Normalize(row.Phone, "phone", new DomainErrors())).OfType<string>().Distinct().ToList();
        var known = (await db.Deputies.IgnoreQueryFilters().Where(deputy => phones.Contains(deputy.Phone)).ToListAsync(ct))
            .GroupBy(deputy => deputy.Phone)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var prefix = DivisionCodes.ScopePrefix(congress.DivisionCode);
        var groups = (await db.Groups.Include(group => group.Members).Where(group => group.DivisionCode.StartsWith(prefix)).ToListAsync(ct))
            .GroupBy(group => group.Name)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(candidate => candidate.DivisionCode.Length).First(), StringComparer.Ordinal);

        var now = clock.GetUtcNow();
        var planned = Roll.Plan(congress, rows, known, groups, user.CanAccessDivision, now);
        if (planned.Value is not { } plan)
        {
            return planned.ToProblem()!;
        }

        db.Deputies.AddRange(plan.Registered);

        // A new membership's key is set by the domain, so EF would take it for an existing row to update.
        foreach (var entry in plan.Memberships.Select(membership => db.Entry(membership)))
        {
            if (entry.State is EntityState.Detached or EntityState.Modified)
            {
                entry.State = EntityState.Added;
            }
        }

        await db.SaveChangesAsync(ct);

        AccountsResult? issued = null;
        if (createAccounts == true)
        {
            var names = plan.All.ToDictionary(deputy => deputy.Id, deputy => deputy.Name);
            var result = await accounts.EnsureAsync(plan.All, ct);
            issued = result is null
                ? new AccountsResult(false, [], 0, [])
                : new AccountsResult(
                    true,
                    [.. result.Created.Select(account => new IssuedAccount(account.DeputyId, names[account.DeputyId], account.UserName, account.Password))],
                    result.Existing.Count,
                    [.. result.Taken.Select(account => new SkippedAccount(account.DeputyId, names[account.DeputyId], account.UserName))]);
        }

        return TypedResults.Ok(new ImportResponse(rows.Count, plan.Registered.Count, plan.Seated.Count, plan.Unchanged.Count, issued));
    }
}
