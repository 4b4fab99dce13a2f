namespace RenminDaibiao.Deputies.Domain;

/// <summary>
/// 末位预警: a serving deputy is warned when they took part in fewer than 3 activities in the year, or when
/// they were in the last 5% of the yearly points ranking both in that year and in the year before.
/// </summary>
public static class Warnings
{
    public const int MinimumActivities = 3;
    public const double BottomShare = 0.05;

    public static IReadOnlyList<DeputyWarning> Evaluate(
        IReadOnlyCollection<Guid> deputies, IReadOnlyList<DutyFact> facts, Func<Guid?, string, PointsRule> ruleFor, int year)
    {
        ArgumentNullException.ThrowIfNull(deputies);
        var awarded = PointsCalculator.Award(facts, ruleFor);
        var current = YearTotals(deputies, facts, awarded, year);
        var previous = YearTotals(deputies, facts, awarded, year - 1);
        var bottomNow = Ranking.Bottom(current, BottomShare);
        var bottomBefore = Ranking.Bottom(previous, BottomShare);
        var activities = facts
            .Where(fact => fact.Date.Year == year)
            .GroupBy(fact => fact.DeputyId)
            .ToDictionary(group => group.Key, group => group.Count());

        var warnings = new List<DeputyWarning>();
        foreach (var deputy in deputies)
        {
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
