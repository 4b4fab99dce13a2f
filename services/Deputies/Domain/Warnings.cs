namespace RenminDaibiao.Deputies.Domain;

/// <summary>
/// 履职预警, as the seed describes it: a serving deputy is warned when they took part in fewer than 3 activities
/// between sessions in the year (闭会期间: attending the session itself does not count), or when they were in the last
/// 5% of the yearly points ranking both in that year and in the year before. The ranking of both years holds only
/// deputies who served in both, so a deputy elected this year is never "last two years running". A justified
/// reason (正当理由) recorded by staff exempts the deputy.
/// </summary>
public static class Warnings
{
    public const int MinimumActivities = 3;
    public const double BottomShare = 0.05;

    public static IReadOnlyList<DeputyWarning> Evaluate(
        IReadOnlyCollection<WarningCandidate> candidates, IReadOnlyList<DutyFact> facts, Func<Guid?, string, PointsRule> ruleFor, int year)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var everyone = candidates.Select(candidate => candidate.DeputyId).ToList();
        // An exempted deputy leaves the ranking too: their excused absence must not shield the next lowest.
        var veterans = candidates.Where(candidate => candidate.ServedYearBefore && !candidate.Exempt).Select(candidate => candidate.DeputyId).ToList();
        var awarded = PointsCalculator.Award(facts, ruleFor);
        var current = YearTotals(everyone, facts, awarded, year);
        var previous = YearTotals(everyone, facts, awarded, year - 1);
        var bottomNow = Ranking.Bottom(veterans.ToDictionary(deputy => deputy, deputy => current[deputy]), BottomShare);
        var bottomBefore = Ranking.Bottom(veterans.ToDictionary(deputy => deputy, deputy => previous[deputy]), BottomShare);
        var activities = facts
            .Where(fact => fact.Date.Year == year && fact.Kind != DutyKinds.AttendSession)
            .GroupBy(fact => fact.DeputyId)
            .ToDictionary(group => group.Key, group => group.Count());

        var warnings = new List<DeputyWarning>();
        foreach (var candidate in candidates.Where(candidate => !candidate.Exempt))
        {
            var deputy = candidate.DeputyId;
            var reasons = new List<string>();
            var count = activities.GetValueOrDefault(deputy);
            if (count < MinimumActivities)
            {
                reasons.Add(WarningReasons.FewActivities);
            }

            if (bottomNow.Contains(deputy) && bottomBefore.Contains(deputy))
            {
                reasons.Add(WarningReasons.BottomTwoYears);
            }

            if (reasons.Count > 0)
            {
                warnings.Add(new DeputyWarning(deputy, count, current[deputy], previous[deputy], reasons));
            }
        }

        return warnings;
    }

    private static Dictionary<Guid, int> YearTotals(
        IReadOnlyCollection<Guid> deputies, IReadOnlyList<DutyFact> facts, IReadOnlyDictionary<Guid, int> awarded, int year)
    {
        var totals = PointsCalculator.TotalsBetween(facts, awarded, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return deputies.ToDictionary(deputy => deputy, deputy => totals.GetValueOrDefault(deputy));
    }
}
