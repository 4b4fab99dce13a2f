namespace RenminDaibiao.Deputies.Domain;

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
