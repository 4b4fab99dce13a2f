namespace RenminDaibiao.Deputies.Domain;

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
