using RenminDaibiao.Primitives;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>The points, ranking and warning rules on fixed data sets with hand-computed results (no servers).</summary>
public sealed class PointsRulesTests
{
    private static readonly Guid CongressA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid CongressB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    // Congress A: station duty 2 points, at most 5 a year; congress B and the defaults: station duty 2, cap 24.
    private static PointsRule Rules(Guid? congress, string kind) =>
        congress == CongressA && kind == DutyKinds.StationDuty
            ? new PointsRule(kind, 2, 5)
            : PointsRule.Defaults.Single(rule => rule.Kind == kind);

    private static WarningCandidate[] Veterans(IEnumerable<Guid> deputies) => [.. deputies.Select(deputy => new WarningCandidate(deputy, true, false))];

    private static DutyFact Fact(int id, Guid deputy, Guid? congress, string kind, int year, int month, int day) =>
        new(new Guid(id, 0, 0, new byte[8]), deputy, congress, kind, new DateOnly(year, month, day));

    [Fact]
    public void Yearly_cap_counts_records_in_date_order_and_restarts_each_year_and_congress()
    {
        var deputy = Guid.NewGuid();
        DutyFact[] facts =
        [
            Fact(4, deputy, CongressA, DutyKinds.StationDuty, 2026, 4, 1),
            Fact(1, deputy, CongressA, DutyKinds.StationDuty, 2026, 1, 10),
            Fact(3, deputy, CongressA, DutyKinds.StationDuty, 2026, 3, 1),
            Fact(2, deputy, CongressA, DutyKinds.StationDuty, 2026, 2, 5),
            Fact(5, deputy, CongressA, DutyKinds.StationDuty, 2027, 1, 5),
            Fact(6, deputy, CongressB, DutyKinds.StationDuty, 2026, 5, 1),
            Fact(7, deputy, CongressA, DutyKinds.Suggestion, 2026, 5, 2),
        ];

        var awarded = PointsCalculator.Award(facts, Rules);

        // 2 + 2 + 1 (the cap of 5 leaves one point) + 0; a new year starts again; congress B and other kinds have their own caps.
        Assert.Equal(2, awarded[facts[1].Id]);
        Assert.Equal(2, awarded[facts[3].Id]);
        Assert.Equal(1, awarded[facts[2].Id]);
        Assert.Equal(0, awarded[facts[0].Id]);
        Assert.Equal(2, awarded[facts[4].Id]);
        Assert.Equal(2, awarded[facts[5].Id]);
        Assert.Equal(3, awarded[facts[6].Id]);

        var firstQuarter = PointsCalculator.TotalsBetween(facts, awarded, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        Assert.Equal(5, firstQuarter[deputy]);
        var secondQuarter = PointsCalculator.TotalsBetween(facts, awarded, new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
        Assert.Equal(5, secondQuarter[deputy]);
    }

    [Fact]
    public void Ranking_puts_the_most_points_first_and_equal_points_share_a_rank()
    {
        var ranked = Ranking.Rank(
        [
            new RankingCandidate(Guid.NewGuid(), "丁", 3),
            new RankingCandidate(Guid.NewGuid(), "乙", 7),
            new RankingCandidate(Guid.NewGuid(), "甲", 10),
            new RankingCandidate(Guid.NewGuid(), "丙", 7),
        ]);

        Assert.Equal([(1, "甲", 10), (2, "丙", 7), (2, "乙", 7), (4, "丁", 3)], ranked.Select(r => (r.Rank, r.Name, r.Points)));
    }

    [Fact]
    public void Bottom_five_percent_is_the_lowest_ceiling_share_plus_ties()
    {
        var points = Enumerable.Range(0, 40).ToDictionary(i => new Guid(i + 1, 0, 0, new byte[8]), i => i < 3 ? 0 : 5 + i);

        // 40 × 5% = 2 deputies, but a third has the same 0 points.
        Assert.Equal(3, Ranking.Bottom(points).Count);

        var twenty = Enumerable.Range(0, 20).ToDictionary(i => new Guid(i + 1, 0, 0, new byte[8]), i => i);
        Assert.Equal([new Guid(1, 0, 0, new byte[8])], Ranking.Bottom(twenty));
    }

    [Theory]
    [InlineData("2026Q3", true, "2026-07-01", "2026-09-30")]
    [InlineData("2026q1", true, "2026-01-01", "2026-03-31")]
    [InlineData("2026Q5", false, null, null)]
    [InlineData("26Q1", false, null, null)]
    [InlineData("2026-3", false, null, null)]
    [InlineData(null, false, null, null)]
    public void Quarters_parse_as_year_and_number(string? text, bool valid, string? start, string? end)
    {
        Assert.Equal(valid, Quarter.TryParse(text, out var quarter));
        if (valid)
        {
            Assert.Equal(DateOnly.Parse(start!, System.Globalization.CultureInfo.InvariantCulture), quarter.Start);
            Assert.Equal(DateOnly.Parse(end!, System.Globalization.CultureInfo.InvariantCulture), quarter.End);
        }
    }

    [Fact]
    public void Warnings_flag_few_activities_and_the_bottom_two_years_running()
    {
        var deputies = Enumerable.Range(0, 20).Select(i => new Guid(i + 1, 0, 0, new byte[8])).ToList();
        var facts = new List<DutyFact>();
        var id = 1000;
        void Add(int deputy, string kind, int year, int count)
        {
            for (var i = 0; i < count; i++)
            {
                facts.Add(Fact(id++, deputies[deputy], null, kind, year, 1 + (i % 12), 1 + (i / 12)));
            }
        }

        // d0: lowest both years (2025: 1 point, 2026: 3 points from 3 trainings) — bottom two years running.
        Add(0, DutyKinds.Training, 2025, 1);
        Add(0, DutyKinds.Training, 2026, 3);

        // d1: only 2 activities in 2026 (4 points, not the lowest) — too few activities.
        Add(1, DutyKinds.StationDuty, 2025, 4);
        Add(1, DutyKinds.StationDuty, 2026, 2);

        // d2–d18: 4 station duties a year (8 points). d19: 13 in 2026, capped at 24 points.
        for (var d = 2; d < 20; d++)
        {
            Add(d, DutyKinds.StationDuty, 2025, 4);
            Add(d, DutyKinds.StationDuty, 2026, d == 19 ? 13 : 4);
        }

        var warnings = Warnings.Evaluate(Veterans(deputies), facts, Rules, 2026).ToDictionary(w => w.DeputyId);

        Assert.Equal(2, warnings.Count);
        var d0 = warnings[deputies[0]];
        Assert.Equal([WarningReasons.BottomTwoYears], d0.Reasons);
        Assert.Equal((3, 3, 1), (d0.Activities, d0.Points, d0.PreviousYearPoints));
        var d1 = warnings[deputies[1]];
        Assert.Equal([WarningReasons.FewActivities], d1.Reasons);
        Assert.Equal((2, 4, 8), (d1.Activities, d1.Points, d1.PreviousYearPoints));
    }

    [Fact]
    public void A_deputy_without_any_duty_gets_both_warnings()
    {
        var idle = Guid.NewGuid();
        var busy = Guid.NewGuid();
        var other = Guid.NewGuid();
        var facts = new List<DutyFact>();
        var id = 1;
        foreach (var deputy in new[] { busy, other })
        {
            foreach (var year in new[] { 2025, 2026 })
            {
                for (var month = 1; month <= 4; month++)
                {
                    facts.Add(Fact(id++, deputy, null, DutyKinds.Research, year, month, 1));
                }
            }
        }

        var warning = Assert.Single(Warnings.Evaluate(Veterans([idle, busy, other]), facts, Rules, 2026));

        Assert.Equal(idle, warning.DeputyId);
        Assert.Equal([WarningReasons.FewActivities, WarningReasons.BottomTwoYears], warning.Reasons);
    }

    [Fact]
    public void The_warning_list_on_a_fixed_data_set_never_ranks_a_deputy_elected_this_year_and_counts_activities_between_sessions()
    {
        // 20 deputies who served in 2025 and 2026, one elected in 2026 (newcomer), one exempted by staff.
        var veterans = Enumerable.Range(0, 20).Select(i => new Guid(i + 1, 0, 0, new byte[8])).ToList();
        var newcomer = new Guid(100, 0, 0, new byte[8]);
        var exempt = new Guid(200, 0, 0, new byte[8]);
        var facts = new List<DutyFact>();
        var id = 1000;
        void Add(Guid deputy, string kind, int year, int count)
        {
            for (var i = 0; i < count; i++)
            {
                facts.Add(Fact(id++, deputy, null, kind, year, 1 + (i % 12), 1 + (i / 12)));
            }
        }

        // v0: lowest veteran both years (3 trainings = 3 points each year) — bottom two years running.
        Add(veterans[0], DutyKinds.Training, 2025, 3);
        Add(veterans[0], DutyKinds.Training, 2026, 3);

        // v1: two sessions (10 points) but only 2 activities between sessions — too few activities, though not low in points.
        Add(veterans[1], DutyKinds.StationDuty, 2025, 4);
        Add(veterans[1], DutyKinds.AttendSession, 2026, 2);
        Add(veterans[1], DutyKinds.StationDuty, 2026, 2);

        // v2–v19: 4 station duties a year (8 points).
        foreach (var veteran in veterans.Skip(2))
        {
            Add(veteran, DutyKinds.StationDuty, 2025, 4);
            Add(veteran, DutyKinds.StationDuty, 2026, 4);
        }

        // The newcomer has no 2025 at all and the fewest 2026 points (3 trainings), yet is active enough.
        Add(newcomer, DutyKinds.Training, 2026, 3);

        // The exempted deputy did nothing in either year.
        List<WarningCandidate> candidates =
        [
            .. Veterans(veterans),
            new WarningCandidate(newcomer, ServedYearBefore: false, Exempt: false),
            new WarningCandidate(exempt, ServedYearBefore: true, Exempt: true),
        ];

        var warnings = Warnings.Evaluate(candidates, facts, Rules, 2026).ToDictionary(w => w.DeputyId);

        Assert.Equal(new HashSet<Guid> { veterans[0], veterans[1] }, warnings.Keys.ToHashSet());
        Assert.Equal([WarningReasons.BottomTwoYears], warnings[veterans[0]].Reasons);
        Assert.Equal([WarningReasons.FewActivities], warnings[veterans[1]].Reasons);
        Assert.Equal((2, 14), (warnings[veterans[1]].Activities, warnings[veterans[1]].Points));
    }

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("", "")]
    public void Phone_numbers_are_masked_in_the_middle(string phone, string masked) => Assert.Equal(masked, Phones.Mask(phone));
}
