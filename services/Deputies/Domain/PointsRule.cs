namespace RenminDaibiao.Deputies.Domain;

/// <summary>Points a congress awards for one kind of duty, and the most a deputy can earn with it in one year.</summary>
public sealed record PointsRule(string Kind, int Points, int YearlyCap)
{
    public const int MaxPoints = 100;
    public const int MaxYearlyCap = 1000;

    /// <summary>Defaults modelled on the 履职积分 rules of the seeds (12 kinds, yearly caps per kind).</summary>
    public static IReadOnlyList<PointsRule> Defaults { get; } =
    [
        new(DutyKinds.AttendSession, 5, 10),
        new(DutyKinds.Suggestion, 3, 30),
        new(DutyKinds.StationDuty, 2, 24),
        new(DutyKinds.Inspection, 2, 20),
        new(DutyKinds.Research, 2, 20),
        new(DutyKinds.LawEnforcementCheck, 2, 20),
        new(DutyKinds.Evaluation, 1, 10),
        new(DutyKinds.Training, 1, 10),
        new(DutyKinds.Inquiry, 2, 20),
        new(DutyKinds.LegislativeConsultation, 2, 20),
        new(DutyKinds.ContactConstituents, 1, 20),
        new(DutyKinds.PublicService, 2, 20),
    ];

    /// <summary>
    /// The rules of one congress: the defaults, overridden kind by kind by <paramref name="given"/>.
    /// Each given rule must name a known kind once, with 0–100 points and a cap of 0–1000 not below the points.
    /// </summary>
    public static IReadOnlyList<PointsRule> Merge(IReadOnlyList<PointsRuleInput>? given, DomainErrors errors)
    {
        var result = Defaults.ToDictionary(rule => rule.Kind);
        if (given is null)
        {
            return [.. result.Values];
        }

        if (given.Count > DutyKinds.All.Count)
        {
            errors.Add("pointsRules", $"积分规则最多 {DutyKinds.All.Count} 条，每个履职类别一条。");
            return [.. result.Values];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Count; i++)
        {
            var rule = given[i];
            var field = $"pointsRules[{i}]";
            if (rule is null)
            {
                errors.Add(field, "积分规则不能为空。");
                continue;
            }

            if (!DutyKinds.IsValid(rule.Kind))
            {
                errors.Add($"{field}.kind", "履职类别无效。");
                continue;
            }

            if (!seen.Add(rule.Kind!))
            {
                errors.Add($"{field}.kind", "同一履职类别只能设置一条积分规则。");
                continue;
            }

            if (rule.Points is not { } points || points < 0 || points > MaxPoints)
            {
                errors.Add($"{field}.points", $"每次积分应在 0 到 {MaxPoints} 之间。");
                continue;
            }

            if (rule.YearlyCap is not { } cap || cap < 0 || cap > MaxYearlyCap || cap < points)
            {
                errors.Add($"{field}.yearlyCap", $"年度上限应在 0 到 {MaxYearlyCap} 之间，且不低于每次积分。");
                continue;
            }

            result[rule.Kind!] = new PointsRule(rule.Kind!, points, cap);
        }

        return [.. DutyKinds.All.Select(kind => result[kind])];
    }
}
