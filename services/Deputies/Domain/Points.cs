using System.Globalization;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>The facts of a duty record that points depend on.</summary>
public sealed record DutyFact(Guid Id, Guid DeputyId, Guid? CongressId, string Kind, DateOnly Date);

/// <summary>
/// 履职积分: each record earns its congress's points for its kind, until the deputy reaches that kind's
/// yearly cap in that congress; records count in date order (then recording order), so a record over the
/// cap earns only what is left, and the ones after it earn nothing.
/// </summary>
public static class PointsCalculator
{
    public static IReadOnlyDictionary<Guid, int> Award(IEnumerable<DutyFact> facts, Func<Guid?, string, PointsRule> ruleFor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(ruleFor);
        var awarded = new Dictionary<Guid, int>();
        var used = new Dictionary<(Guid Deputy, Guid? Congress, int Year, string Kind), int>();
        foreach (var fact in facts.OrderBy(fact => fact.Date).ThenBy(fact => fact.Id))
        {
            var rule = ruleFor(fact.CongressId, fact.Kind);
            var key = (fact.DeputyId, fact.CongressId, fact.Date.Year, fact.Kind);
            var sofar = used.GetValueOrDefault(key);
            var points = Math.Max(0, Math.Min(rule.Points, rule.YearlyCap - sofar));
            used[key] = sofar + points;
            awarded[fact.Id] = points;
        }

        return awarded;
    }

    /// <summary>Points per deputy of the records dated within [from, to].</summary>
    public static Dictionary<Guid, int> TotalsBetween(
        IEnumerable<DutyFact> facts, IReadOnlyDictionary<Guid, int> awarded, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(awarded);
        return facts
            .Where(fact => fact.Date >= from && fact.Date <= to)
            .GroupBy(fact => fact.DeputyId)
            .ToDictionary(group => group.Key, group => group.Sum(fact => awarded.GetValueOrDefault(fact.Id)));
    }
}

/// <summary>A quarter such as 2026Q3.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is not { Length: 6 } || char.ToUpperInvariant(text[4]) != 'Q'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1954 || year > 2100
            || text[5] is < '1' or > '4')
        {
            return false;
        }

        quarter = new Quarter(year, text[5] - '0');
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}Q{Number}");
}

public sealed record RankingCandidate(Guid DeputyId, string Name, int Points);

public sealed record RankedDeputy(int Rank, Guid DeputyId, string Name, int Points);

/// <summary>季度晾晒: deputies by points, highest first; equal points share a rank (1, 2, 2, 4).</summary>
public static class Ranking
{
    public static IReadOnlyList<RankedDeputy> Rank(IEnumerable<RankingCandidate> candidates)
    {
        var ordered = candidates
            .OrderByDescending(candidate => candidate.Points)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .ThenBy(candidate => candidate.DeputyId)
            .ToList();
        var ranked = new List<RankedDeputy>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Points == ordered[i - 1].Points ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedDeputy(rank, ordered[i].DeputyId, ordered[i].Name, ordered[i].Points));
        }

        return ranked;
    }

    /// <summary>
    /// The deputies in the last <paramref name="share"/> of the ranking: the ceil(n × share) lowest scores,
    /// plus anyone tied with the highest of them (equal points, equal treatment).
    /// </summary>
    public static HashSet<Guid> Bottom(IReadOnlyDictionary<Guid, int> pointsByDeputy, double share = 0.05)
    {
        ArgumentNullException.ThrowIfNull(pointsByDeputy);
        if (pointsByDeputy.Count == 0)
        {
            return [];
        }

        var count = Math.Max(1, (int)Math.Ceiling(pointsByDeputy.Count * share));
        var threshold = pointsByDeputy.Values.Order().ElementAt(count - 1);
        return [.. pointsByDeputy.Where(pair => pair.Value <= threshold).Select(pair => pair.Key)];
    }
}

public static class WarningReasons
{
    public const string FewActivities = "few-activities";
    public const string BottomTwoYears = "bottom-two-years";

    public static string Label(string reason) => reason switch
    {
        FewActivities => "年度履职活动少于 3 次",
        _ => "连续两年积分排名末位 5%",
    };
}

public sealed record DeputyWarning(Guid DeputyId, int Activities, int Points, int PreviousYearPoints, IReadOnlyList<string> Reasons);

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
