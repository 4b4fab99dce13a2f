namespace RenminDaibiao.Voting.Domain;

/// <summary>
/// Counting rules. A candidate passes only with more approvals than half of ALL the congress's deputies
/// (the number of eligible voters snapshotted when the vote opened), not half of those who voted:
/// 过半数 as the law counts it. Exactly half fails; abstaining, opposing or not selecting a candidate all
/// count as not approving. In choose-up-to-N mode the passing candidates are the N with the most
/// approvals among those with that majority. Ties at the boundary: when candidates tied on the N-th
/// place would make more than N, none of the tied candidates passes; they are flagged
/// <see cref="VoteItemResult.TiedAtBoundary"/> and the remaining places need a further vote (另行票决),
/// because no count-based rule can prefer one of them. Candidates above the tie still pass.
/// </summary>
public static class Tally
{
    public const string MajorityRule =
        "赞成票超过全体代表(开票时应到代表)的半数为通过;恰好半数不通过;弃权、反对、未选均不计为赞成。"
        + "限选 N 项时,在获得过半数赞成的项目中按得票多少取前 N 项;第 N 名出现并列且会超过 N 项时,并列项目均不当选,须另行票决。";

    /// <summary>The smallest approval count that is more than half of <paramref name="eligibleCount"/>.</summary>
    public static int VotesNeeded(int eligibleCount) => (eligibleCount / 2) + 1;

    public static bool HasMajority(int approvals, int eligibleCount) => approvals * 2L > eligibleCount;

    public static ProjectVoteResult CountProjectVote(
        VoteMode mode,
        int? maxChoices,
        IReadOnlyList<(Guid Id, string Title)> candidates,
        IReadOnlyCollection<IReadOnlyList<BallotChoice>> ballots,
        int eligibleCount)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(ballots);

        var approve = candidates.ToDictionary(c => c.Id, _ => 0);
        var oppose = candidates.ToDictionary(c => c.Id, _ => 0);
        var abstain = candidates.ToDictionary(c => c.Id, _ => 0);
        foreach (var ballot in ballots)
        {
            foreach (var choice in ballot)
            {
                if (!approve.ContainsKey(choice.ItemId))
                {
                    continue;
                }

                switch (choice.Choice)
                {
                    case Choices.Approve:
                        approve[choice.ItemId]++;
                        break;
                    case Choices.Oppose:
                        oppose[choice.ItemId]++;
                        break;
                    case Choices.Abstain:
                        abstain[choice.ItemId]++;
                        break;
                }
            }
        }

        var majority = candidates.Where(c => HasMajority(approve[c.Id], eligibleCount)).Select(c => c.Id).ToHashSet();
        var passed = new HashSet<Guid>();
        var tied = new HashSet<Guid>();
        if (mode == VoteMode.ChooseUpTo && maxChoices is { } n && majority.Count > n)
        {
            var ranked = majority.OrderByDescending(id => approve[id]).ToList();
            var boundary = approve[ranked[n - 1]];
            var above = ranked.Where(id => approve[id] > boundary).ToList();
            var atBoundary = ranked.Where(id => approve[id] == boundary).ToList();
            passed.UnionWith(above);
            if (above.Count + atBoundary.Count <= n)
            {
                passed.UnionWith(atBoundary);
            }
            else
            {
                tied.UnionWith(atBoundary);
            }
        }
        else
        {
            passed.UnionWith(majority);
        }

        var ballotCount = ballots.Count;
        var items = candidates
            .Select(c => new VoteItemResult(
                c.Id,
                c.Title,
                approve[c.Id],
                oppose[c.Id],
                abstain[c.Id],
                mode == VoteMode.ChooseUpTo ? ballotCount - approve[c.Id] : 0,
                majority.Contains(c.Id),
                tied.Contains(c.Id),
                passed.Contains(c.Id)))
            .ToList();

        return new ProjectVoteResult(
            eligibleCount,
            ballotCount,
            Ratio(ballotCount, eligibleCount) ?? 0m,
            HasMajority(ballotCount, eligibleCount),
            VotesNeeded(eligibleCount),
            mode == VoteMode.ChooseUpTo ? maxChoices : null,
            items,
            MajorityRule);
    }

    /// <summary>Satisfaction rate per subject: (满意 + 基本满意) / valid marks; below <paramref name="threshold"/> needs rectification.</summary>
    public static EvaluationResult CountEvaluation(
        IReadOnlyList<(Guid Id, string Title)> subjects,
        IReadOnlyCollection<IReadOnlyList<BallotChoice>> ballots,
        int eligibleCount,
        decimal threshold)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(ballots);

        var counts = subjects.ToDictionary(s => s.Id, _ => new int[3]);
        foreach (var ballot in ballots)
        {
            foreach (var choice in ballot)
            {
                if (counts.TryGetValue(choice.ItemId, out var subjectCounts))
                {
                    var index = choice.Choice switch
                    {
                        Choices.Satisfied => 0,
                        Choices.BasicallySatisfied => 1,
                        Choices.Unsatisfied => 2,
                        _ => -1,
                    };
                    if (index >= 0)
                    {
                        subjectCounts[index]++;
                    }
                }
            }
        }

        var results = subjects.Select(s =>
        {
            var c = counts[s.Id];
            var valid = c[0] + c[1] + c[2];
            var good = c[0] + c[1];
            return new SubjectResult(
                s.Id, s.Title, c[0], c[1], c[2], valid, Ratio(good, valid),
                valid > 0 && good < threshold * valid);
        }).ToList();

        return new EvaluationResult(eligibleCount, ballots.Count, Ratio(ballots.Count, eligibleCount) ?? 0m, threshold, results);
    }

    private static decimal? Ratio(int part, int whole) =>
        whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}
