namespace RenminDaibiao.Suggestions.Domain;

public static class SuggestionStatistics
{
    public const string Uncategorised = "未分类";

    public static SuggestionStatisticsReport Compute(
        IEnumerable<Suggestion> suggestions,
        DateTimeOffset now,
        IReadOnlyDictionary<string, string> unitNames)
    {
        var assigned = suggestions.Where(s => s.AssignedAt is not null && s.LeadUnitCode is not null).ToList();
        return new SuggestionStatisticsReport(
            Row("total", "合计", assigned, now),
            [.. assigned.GroupBy(s => s.LeadUnitCode!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(g.Key, unitNames.TryGetValue(g.Key, out var name) ? name : g.Key, g, now))],
            [.. assigned.GroupBy(s => s.DivisionCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, g.Key, g, now))],
            [.. assigned.GroupBy(s => s.Category ?? Uncategorised).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, g.Key, g, now))]);
    }

    private static StatisticsRow Row(string key, string name, IEnumerable<Suggestion> group, DateTimeOffset now)
    {
        int assigned = 0, due = 0, onTime = 0, answered = 0, solved = 0, rated = 0, satisfied = 0;
        foreach (var s in group)
        {
            assigned++;
            var first = s.Answers.Where(a => a.Round == 1).OrderBy(a => a.AnsweredAt).FirstOrDefault();
            if (s.Answers.Count > 0 || s.FirstDueAt < now)
            {
                due++;
            }

            if (first is { OnTime: true })
            {
                onTime++;
            }

            if (s.LatestAnswer is { } latest)
            {
                answered++;
                if (latest.Category == AnswerCategory.Solved)
                {
                    solved++;
                }
            }

            if (s.LatestRating is { } rating)
            {
                rated++;
                if (rating.Rating != Rating.Unsatisfied)
                {
                    satisfied++;
                }
            }
        }

        return new StatisticsRow(key, name, assigned, due, onTime, Rate(onTime, due), answered, solved, Rate(solved, answered), rated, satisfied, Rate(satisfied, rated));
    }

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}
