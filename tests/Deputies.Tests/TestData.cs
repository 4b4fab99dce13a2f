using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>Writes records straight into a test service's database, the way the domain creates them.</summary>
public sealed class TestData(ServiceFactory<Program> service)
{
    private static int counter;
    private readonly Dictionary<string, int> _terms = [];

    public DateTimeOffset Now => service.Clock.GetUtcNow();

    public static string UniqueName(string prefix = "测试") => $"{prefix}{Interlocked.Increment(ref counter):D5}";

    public static string LevelFor(string division) => division switch
    {
        { Length: 9 } => CongressLevels.Township,
        _ when division.EndsWith("00", StringComparison.Ordinal) => CongressLevels.City,
        _ => CongressLevels.County,
    };

    public int NextTerm(string division)
    {
        lock (_terms)
        {
            var term = _terms.GetValueOrDefault(division) + 1;
            _terms[division] = term;
            return term;
        }
    }

    public async Task<T> WithDbAsync<T>(Func<DeputiesContext, Task<T>> action)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeputiesContext>();
        return await action(db);
    }

    public Task WithDbAsync(Func<DeputiesContext, Task> action) => WithDbAsync(async db =>
    {
        await action(db);
        return 0;
    });

    public async Task EnsureDivisionsAsync(params string[] codes)
    {
        await WithDbAsync(async db =>
        {
            foreach (var code in codes.OrderBy(code => code.Length))
            {
                if (!await db.Divisions.AnyAsync(division => division.DivisionCode == code))
                {
                    db.Divisions.Add(Division.Seed(code, $"区划{code}"));
                }
            }

            await db.SaveChangesAsync();
        });
    }

    public Task<Congress> CongressAsync(string division, IReadOnlyList<PointsRuleInput>? rules = null) => WithDbAsync(async db =>
    {
        var term = NextTerm(division);
        var declared = Congress.Create(
            new CongressInput(division, LevelFor(division), term, $"{division}第{term}届人民代表大会", 2021, 2026, 5, null, null, rules), Now);
        Assert.True(declared.Succeeded, string.Join(",", declared.Errors?.ByField.Keys ?? []));
        var congress = declared.Value;
        db.Congresses.Add(congress!);
        await db.SaveChangesAsync();
        return congress!;
    });

    public static DeputyInput DeputyInput(string division, string? name = null, string phone = "13812341234") =>
        new(name ?? UniqueName(), division, Genders.Female, "汉族", new DateOnly(1980, 5, 1), phone, "教师", "第一选区", null, null);

    public Task<Deputy> DeputyAsync(string division, params Congress[] seats) => DeputyAsync(DeputyInput(division), seats);

    public Task<Deputy> DeputyAsync(DeputyInput input, params Congress[] seats) => SeatedSinceAsync(input, Now, seats);

    /// <summary>A deputy whose seats began at <paramref name="since"/> (a year ago: they served the year before).</summary>
    public Task<Deputy> SeatedSinceAsync(DeputyInput input, DateTimeOffset since, params Congress[] seats) => WithDbAsync(async db =>
    {
        var registered = Deputy.Register(input, since);
        Assert.True(registered.Succeeded, string.Join(",", registered.Errors?.ByField.Keys ?? []));
        var deputy = registered.Value;
        foreach (var congress in seats)
        {
            deputy!.AddSeat(congress, null, since);
        }

        db.Deputies.Add(deputy!);
        await db.SaveChangesAsync();
        return deputy!;
    });

    public Task<DeputyGroup> GroupAsync(string division, params Deputy[] members) => WithDbAsync(async db =>
    {
        var group = DeputyGroup.Create(new GroupInput(division, UniqueName("小组"), GroupKinds.DeputyGroup, null), Now).Value;
        Assert.NotNull(group);
        foreach (var member in members)
        {
            Assert.True(group.AddMember(member, Now).Succeeded);
        }

        db.Groups.Add(group!);
        await db.SaveChangesAsync();
        return group!;
    });

    public Task<Constituent> ConstituentAsync(Deputy deputy) => WithDbAsync(async db =>
    {
        var constituent = Constituent.Add(deputy, new ConstituentInput(UniqueName("选民"), "13912345678", "新华街道和平社区", null), Now).Value;
        Assert.NotNull(constituent);
        db.Constituents.Add(constituent!);
        await db.SaveChangesAsync();
        return constituent!;
    });

    /// <summary>A duty record; by default one staff entered, which counts at once.</summary>
    public Task<DutyRecord> DutyAsync(Deputy deputy, string kind, DateOnly date, string source = DutySources.Staff) => WithDbAsync(async db =>
    {
        var record = DutyRecord.Create(deputy, kind, $"{DutyKinds.Label(kind)}：{UniqueName("事项")}", null, date, source, null, null, Now);
        db.DutyRecords.Add(record);
        await db.SaveChangesAsync();
        return record;
    });
}
