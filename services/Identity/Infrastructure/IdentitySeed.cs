using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Identity.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Identity.Infrastructure;

/// <summary>
/// Start-up data. The administrator account exists from the first start on, demo data or not; the demo
/// accounts of docs/demo-accounts.md are added only with Demo:Enabled. Both are idempotent: an account
/// that already exists (by user name) is left exactly as it is, password included.
/// </summary>
public static class IdentitySeed
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Admin#2026";
    public const string AdminDivision = "411300";
    public const string DemoPassword = "Demo#2026";

    public static readonly Guid DeputyCityId = Guid.Parse("0197a000-0000-7000-8000-000000000001");
    public static readonly Guid DeputyCountyId = Guid.Parse("0197a000-0000-7000-8000-000000000002");
    public static readonly Guid DeputyTownId = Guid.Parse("0197a000-0000-7000-8000-000000000003");

    private static readonly SeedAccount Admin = new(AdminUserName, "系统管理员", AdminPassword, Roles.Admin, AdminDivision);

    /// <summary>The demo accounts, one per role and tier (see docs/demo-accounts.md).</summary>
    public static IReadOnlyList<SeedAccount> DemoAccounts { get; } =
    [
        new("city-staff", "南阳市人大常委会工作人员", DemoPassword, Roles.CommitteeStaff, "411300"),
        new("county-staff", "宛城区人大常委会工作人员", DemoPassword, Roles.CommitteeStaff, "411302"),
        new("wolong-staff", "卧龙区人大常委会工作人员", DemoPassword, Roles.CommitteeStaff, "411303"),
        new("station-staff", "新华街道代表联络站工作人员", DemoPassword, Roles.StationStaff, "411302001"),
        new("deputy-city", "张建国", DemoPassword, Roles.Deputy, "411300", DeputyId: DeputyCityId),
        new("deputy-county", "李秀英", DemoPassword, Roles.Deputy, "411302", DeputyId: DeputyCountyId),
        new("deputy-town", "王志强", DemoPassword, Roles.Deputy, "411302001", DeputyId: DeputyTownId),
        new("unit-jtj", "南阳市交通运输局", DemoPassword, Roles.HandlingUnit, "411300", UnitCode: "411300-JTJ"),
        new("unit-zjj", "宛城区住房和城乡建设局", DemoPassword, Roles.HandlingUnit, "411302", UnitCode: "411302-ZJJ"),
        new("citizen", "演示群众", DemoPassword, Roles.Citizen, "411302001"),
    ];

    public static async Task SeedAsync(IdentityContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var accounts = new List<SeedAccount> { Admin };
        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            accounts.AddRange(DemoAccounts);
        }

        var hasher = services.GetRequiredService<IPasswordHasher<Account>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var normalized = accounts.Select(account => Account.Normalize(account.UserName)).ToList();
        var existing = await db.Accounts.IgnoreQueryFilters()
            .Where(account => normalized.Contains(account.NormalizedUserName))
            .Select(account => account.NormalizedUserName)
            .ToListAsync(cancellationToken);
        foreach (var seed in accounts.Where(seed => !existing.Contains(Account.Normalize(seed.UserName))))
        {
            var created = Account.Create(
                seed.UserName, seed.DisplayName, seed.Password, [seed.Role], seed.DivisionCode, seed.DeputyId, seed.UnitCode, now, hasher);
            db.Accounts.Add(created.Value ?? throw new InvalidOperationException(
                $"Seed account {seed.UserName} breaks the rules: {string.Join("; ", created.Errors!.ByField.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"))}"));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance may have seeded the same accounts at the same moment: then the goal is reached.
            db.ChangeTracker.Clear();
            if (!await AllExistAsync(db, normalized, cancellationToken))
            {
                throw;
            }
        }
    }

    private static async Task<bool> AllExistAsync(IdentityContext db, List<string> normalized, CancellationToken cancellationToken)
    {
        var count = await db.Accounts.IgnoreQueryFilters()
            .CountAsync(account => normalized.Contains(account.NormalizedUserName), cancellationToken);
        return count == normalized.Count;
    }

    public sealed record SeedAccount(
        string UserName, string DisplayName, string Password, string Role, string DivisionCode,
        Guid? DeputyId = null, string? UnitCode = null);
}
