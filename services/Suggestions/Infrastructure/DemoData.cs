using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Infrastructure;

/// <summary>
/// Demo data (Demo:Enabled, empty database only): the handling units of the demo city and a few dozen suggestions
/// of the three demo deputies in every state of the lifecycle, built through the domain so histories are consistent.
/// No integration events are published for them: other services seed their own demo data. The congresses are not
/// seeded here: the replica fills from the Deputies service's events, and the suggestions refer to the fixed ids and
/// the annual sessions of the Deputies service's demo congresses.
/// </summary>
public static class DemoData
{
    public static readonly Guid CityDeputy = Guid.Parse("0197a000-0000-7000-8000-000000000001");
    public static readonly Guid CountyDeputy = Guid.Parse("0197a000-0000-7000-8000-000000000002");
    public static readonly Guid TownDeputy = Guid.Parse("0197a000-0000-7000-8000-000000000003");

    /// <summary>The Deputies service's demo congress ids (derived there from the division code).</summary>
    public static readonly Guid CityCongress = Guid.Parse("0197c000-0000-7000-8000-000000411300");
    public static readonly Guid CountyCongress = Guid.Parse("0197c000-0000-7000-8000-000000411302");
    public static readonly Guid TownCongress = Guid.Parse("0197c000-0000-7000-8000-000411302001");

    private static readonly (string Code, string Name, string Division)[] Units =
    [
        ("411300-JTJ", "南阳市交通运输局", "411300"),
        ("411300-JYJ", "南阳市教育局", "411300"),
        ("411302-ZJJ", "宛城区住房和城乡建设局", "411302"),
        ("411302-WJW", "宛城区卫生健康委员会", "411302"),
    ];

    private static readonly (string Title, string Category)[] Topics =
    [
        ("关于优化中心城区公交线路的建议", "城乡建设"),
        ("关于加快老旧小区改造进度的建议", "城乡建设"),
        ("关于增设学校周边交通安全设施的建议", "教育卫生"),
        ("关于完善农村道路养护机制的建议", "乡村振兴"),
        ("关于规范背街小巷夜间照明的建议", "城乡建设"),
        ("关于增加社区养老服务站点的建议", "社会治理"),
        ("关于解决新华街道停车难问题的建议", "城乡建设"),
        ("关于加强白河沿岸生态保护的建议", "生态环境"),
        ("关于推进幸福食堂建设的建议", "社会治理"),
        ("关于提升基层卫生院服务能力的建议", "教育卫生"),
    ];

    public static async Task SeedAsync(SuggestionsContext db, IServiceProvider services, CancellationToken ct)
    {
        if (await db.Units.IgnoreQueryFilters().AnyAsync(ct) || await db.Suggestions.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        foreach (var (code, name, division) in Units)
        {
            db.Units.Add(HandlingUnit.Register(code, name, division, null).Value!);
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var cityCongress = (Id: CityCongress, Term: 8, Rules: Rules(2022, 2, 24, 4, now));
        var countyCongress = (Id: CountyCongress, Term: 11, Rules: Rules(2021, 1, 12, 4, now));
        var townCongress = (Id: TownCongress, Term: 18, Rules: Rules(2021, 1, 5, 2, now));
        var staff = new Actor(Guid.Parse("0197a000-0000-7000-8000-0000000a0001"), "市人大常委会代表工委", IsCommitteeStaff: true);
        var deputies = new[]
        {
            (Id: CityDeputy, Name: "张建国", Division: "411300", Unit: "411300-JTJ", CoUnit: "411300-JYJ", Congress: cityCongress),
            (Id: CountyDeputy, Name: "李秀英", Division: "411302", Unit: "411302-ZJJ", CoUnit: "411302-WJW", Congress: countyCongress),
            (Id: TownDeputy, Name: "王志强", Division: "411302001", Unit: "411302-ZJJ", CoUnit: "411302-WJW", Congress: townCongress),
        };

        for (var i = 0; i < 30; i++)
        {
            var deputy = deputies[i % 3];
            var topic = Topics[i % Topics.Length];
            var stage = i % 10;
            var lead = new Actor(Guid.Empty, deputy.Name, DeputyId: deputy.Id);
            var unit = new Actor(Guid.Empty, deputy.Unit, UnitCode: deputy.Unit);
            var coUnit = new Actor(Guid.Empty, deputy.CoUnit, UnitCode: deputy.CoUnit);
            var t = now.AddDays(-150 + (i * 3));
            var rules = deputy.Congress.Rules;
            var suggestion = Suggestion.Draft(
                SuggestionKind.Suggestion, rules, topic.Title, $"{topic.Title}。群众反映强烈，建议有关部门尽快研究解决。（演示数据）", topic.Category,
                deputy.Division, deputy.Id, deputy.Name, null, deputy.Congress.Id, deputy.Congress.Term, lead, t).Value!;
            db.Suggestions.Add(suggestion);
            if (stage == 0)
            {
                continue;
            }

            suggestion.Submit(lead, rules, t = t.AddDays(1));
            if (stage == 1)
            {
                continue;
            }

            if (stage == 2)
            {
                suggestion.Return(staff, "建议内容不够具体，请补充问题发生的地点和群众诉求。", t.AddDays(2));
                continue;
            }

            suggestion.Accept(staff, topic.Category, isKey: i % 7 == 0, i % 7 == 0 ? staff.AccountId : null, t = t.AddDays(2));
            if (stage == 3)
            {
                continue;
            }

            var withCoUnit = i % 4 == 0;
            suggestion.Assign(staff, deputy.Unit, withCoUnit ? [deputy.CoUnit] : [], rules, t = t.AddDays(2));
            if (withCoUnit)
            {
                suggestion.GiveOpinion(coUnit, "已研究，同意主办单位意见，配合做好相关工作。", t.AddDays(5));
            }

            if (stage == 4)
            {
                continue;
            }

            suggestion.Contact(unit, "已电话联系代表，当面听取意见。", t = t.AddDays(7));
            if (stage == 5)
            {
                continue;
            }

            var category = stage == 8 ? "being-solved" : i % 3 == 0 ? "cannot-solve-now" : "solved";
            suggestion.Answer(unit, category, "经研究，已制定整改方案并组织实施。", category == "cannot-solve-now" ? "受财政资金限制，已列入明年计划。" : null, t = t.AddDays(20));
            if (stage == 6)
            {
                continue;
            }

            if (stage == 9)
            {
                suggestion.Rate(lead, "unsatisfied", "答复未解决实际问题。", t = t.AddDays(3));
                if (i >= 20)
                {
                    continue;
                }

                suggestion.Contact(unit, "再次上门与代表沟通。", t = t.AddDays(3));
                suggestion.Answer(unit, "solved", "已重新办理并解决。", null, t = t.AddDays(10));
                suggestion.Rate(lead, i == 9 ? "unsatisfied" : "basically-satisfied", null, t.AddDays(2));
                continue;
            }

            suggestion.Rate(lead, i % 2 == 0 ? "satisfied" : "basically-satisfied", null, t = t.AddDays(3));
            if (stage == 8 && i >= 20)
            {
                suggestion.ReportProgress(unit, "工程已完工并通过验收。", done: true, t.AddDays(15));
            }
        }

        foreach (var suggestion in db.ChangeTracker.Entries<Suggestion>().Select(e => e.Entity))
        {
            suggestion.ClearPendingEvents();
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The default deadlines and one annual session a year of a demo congress, as the Deputies service seeds them.</summary>
    private static HandlingRules Rules(int startYear, int month, int day, int days, DateTimeOffset now) => HandlingRules.Default with
    {
        Sessions = [.. Enumerable.Range(startYear, Math.Max(0, Math.Min(ChinaTime.DateOf(now).Year, startYear + 4) - startYear + 1))
            .Select(year => new CongressSession(year - startYear + 1, new DateOnly(year, month, day), new DateOnly(year, month, day).AddDays(days - 1)))],
    };
}
