using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Tests;

/// <summary>The counting and majority rules on fixed ballots (no servers).</summary>
public sealed class TallyTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-4000-8000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-4000-8000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-4000-8000-00000000000c");
    private static readonly Guid D = Guid.Parse("00000000-0000-4000-8000-00000000000d");

    private static readonly IReadOnlyList<(Guid Id, string Title)> Candidates = [(A, "甲"), (B, "乙"), (C, "丙"), (D, "丁")];

    private static List<IReadOnlyList<BallotChoice>> Ballots(params (int Count, BallotChoice[] Marks)[] groups) =>
        [.. groups.SelectMany(g => Enumerable.Repeat<IReadOnlyList<BallotChoice>>(g.Marks, g.Count))];

    private static BallotChoice[] Marks(string a, string b, string c, string d) =>
        [new(A, a), new(B, b), new(C, c), new(D, d)];

    private static BallotChoice[] Picks(params Guid[] ids) => [.. ids.Select(id => new BallotChoice(id, Choices.Approve))];

    [Fact]
    public void Exactly_half_of_all_deputies_approving_fails_and_one_more_passes()
    {
        // 10 deputies in the congress; all vote. A: 5 approve (exactly half), B: 6 approve (one more than half).
        var ballots = Ballots(
            (5, Marks(Choices.Approve, Choices.Approve, Choices.Oppose, Choices.Oppose)),
            (1, Marks(Choices.Oppose, Choices.Approve, Choices.Oppose, Choices.Oppose)),
            (4, Marks(Choices.Oppose, Choices.Oppose, Choices.Oppose, Choices.Oppose)));

        var result = Tally.CountProjectVote(VoteMode.ApproveOppose, null, Candidates, ballots, eligibleCount: 10);

        Assert.Equal(6, result.VotesNeeded);
        var a = result.Items.Single(i => i.ItemId == A);
        var b = result.Items.Single(i => i.ItemId == B);
        Assert.Equal(5, a.Approve);
        Assert.False(a.Passed);
        Assert.Equal(6, b.Approve);
        Assert.True(b.Passed);
    }

    [Fact]
    public void The_majority_counts_all_deputies_of_the_congress_not_only_those_who_voted()
    {
        // 11 deputies: 6 voters all approving A passes (6 > 5.5); 5 voters approving everything is unanimous among voters yet fails.
        var six = Ballots((6, Marks(Choices.Approve, Choices.Oppose, Choices.Oppose, Choices.Oppose)));
        Assert.True(Tally.CountProjectVote(VoteMode.ApproveOppose, null, Candidates, six, 11).Items.Single(i => i.ItemId == A).Passed);

        var five = Ballots((5, Marks(Choices.Approve, Choices.Approve, Choices.Approve, Choices.Approve)));
        var result = Tally.CountProjectVote(VoteMode.ApproveOppose, null, Candidates, five, 11);
        Assert.All(result.Items, item => Assert.False(item.Passed));
        Assert.Equal(5, result.BallotCount);
        Assert.False(result.QuorumMet);
        Assert.Equal(0.4545m, result.Turnout);
    }

    [Fact]
    public void Abstentions_count_as_not_approving()
    {
        // 9 deputies: A gets 4 approvals, 5 abstentions and no opposition; it still fails (needs 5).
        var ballots = Ballots(
            (4, Marks(Choices.Approve, Choices.Approve, Choices.Approve, Choices.Approve)),
            (5, Marks(Choices.Abstain, Choices.Approve, Choices.Abstain, Choices.Oppose)));

        var result = Tally.CountProjectVote(VoteMode.ApproveOppose, null, Candidates, ballots, 9);

        var a = result.Items.Single(i => i.ItemId == A);
        Assert.Equal((4, 0, 5), (a.Approve, a.Oppose, a.Abstain));
        Assert.False(a.Passed);
        Assert.True(result.Items.Single(i => i.ItemId == B).Passed);
        var d = result.Items.Single(i => i.ItemId == D);
        Assert.Equal((4, 5, 0), (d.Approve, d.Oppose, d.Abstain));
        Assert.False(d.Passed);
    }

    [Fact]
    public void Choose_N_takes_the_top_N_among_those_with_a_majority()
    {
        // 11 deputies (6 needed), choose up to 2: A 8, B 8, C 6 all have a majority; only the top two pass.
        var ballots = Ballots((5, Picks(A, B)), (3, Picks(A, C)), (3, Picks(B, C)));

        var result = Tally.CountProjectVote(VoteMode.ChooseUpTo, 2, Candidates, ballots, 11);

        Assert.Equal([A, B], result.Items.Where(i => i.Passed).Select(i => i.ItemId));
        var c = result.Items.Single(i => i.ItemId == C);
        Assert.Equal((6, 5), (c.Approve, c.NotSelected));
        Assert.True(c.HasMajority);
        Assert.False(c.Passed);
        Assert.False(c.TiedAtBoundary);
    }

    [Fact]
    public void Choose_N_with_a_tie_at_the_boundary_elects_none_of_the_tied_candidates()
    {
        // 13 deputies (7 needed), choose up to 2: A 9, B 7, C 7 -> A passes; B and C tie on the 2nd place and need a further vote.
        var ballots = Ballots((4, Picks(A, B)), (3, Picks(A, C)), (2, Picks(A)), (3, Picks(B, C)), (1, Picks(C)));

        var result = Tally.CountProjectVote(VoteMode.ChooseUpTo, 2, Candidates, ballots, 13);

        Assert.Equal([9, 7, 7, 0], result.Items.Select(i => i.Approve));
        Assert.True(result.Items.Single(i => i.ItemId == A).Passed);
        Assert.All(result.Items.Where(i => i.ItemId == B || i.ItemId == C), item =>
        {
            Assert.True(item.HasMajority);
            Assert.True(item.TiedAtBoundary);
            Assert.False(item.Passed);
        });
    }

    [Fact]
    public void Choose_N_with_a_tie_that_fits_within_N_elects_all_tied_candidates()
    {
        // 4 deputies, choose up to 3: A 4, B 3, C 3 -> all three fit into 3 places.
        var ballots = Ballots((3, Picks(A, B, C)), (1, Picks(A)));
        var result = Tally.CountProjectVote(VoteMode.ChooseUpTo, 3, Candidates, ballots, 4);

        Assert.Equal([A, B, C], result.Items.Where(i => i.Passed).Select(i => i.ItemId));
        Assert.DoesNotContain(result.Items, i => i.TiedAtBoundary);
    }

    [Fact]
    public void Satisfaction_rate_is_satisfied_plus_basically_satisfied_over_valid_and_below_threshold_is_flagged()
    {
        IReadOnlyList<(Guid Id, string Title)> subjects = [(A, "住建局"), (B, "交通局")];
        var ballots = Ballots(
            (3, [new(A, Choices.Satisfied), new(B, Choices.Unsatisfied)]),
            (2, [new(A, Choices.BasicallySatisfied), new(B, Choices.BasicallySatisfied)]),
            (5, [new(A, Choices.Unsatisfied), new(B, Choices.Satisfied)]));

        var result = Tally.CountEvaluation(subjects, ballots, 12, 0.6m);

        var a = result.Subjects.Single(s => s.ItemId == A);
        var b = result.Subjects.Single(s => s.ItemId == B);
        Assert.Equal((3, 2, 5, 10), (a.Satisfied, a.BasicallySatisfied, a.Unsatisfied, a.Valid));
        Assert.Equal(0.5m, a.SatisfactionRate);
        Assert.True(a.BelowThreshold);
        Assert.Equal(0.7m, b.SatisfactionRate);
        Assert.False(b.BelowThreshold);
    }

    [Fact]
    public void A_rate_exactly_at_the_threshold_is_not_below_it()
    {
        IReadOnlyList<(Guid Id, string Title)> subjects = [(A, "住建局")];
        var ballots = Ballots((6, [new(A, Choices.Satisfied)]), (4, [new(A, Choices.Unsatisfied)]));

        var result = Tally.CountEvaluation(subjects, ballots, 10, 0.6m);

        Assert.Equal(0.6m, result.Subjects[0].SatisfactionRate);
        Assert.False(result.Subjects[0].BelowThreshold);
    }
}
