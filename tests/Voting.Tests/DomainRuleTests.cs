using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Tests;

/// <summary>Rules of the candidate, vote and commitment aggregates (no servers).</summary>
public sealed class DomainRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Congress County = new(Guid.NewGuid(), "宛城区第七届人民代表大会", "411302", "county", 7);
    private static readonly HashSet<Guid> NoneElsewhere = [];

    private static Candidate NewCandidate() =>
        Candidate.Submit(County, "老旧小区改造", "改造 20 个老旧小区", CandidateSources.Public, "新华街道联络站", 1000m, Guid.NewGuid(), Now).Value!;

    private static Candidate ApprovedCandidate()
    {
        var candidate = NewCandidate();
        foreach (var stage in Candidate.Stages)
        {
            Assert.True(candidate.Review(stage, true, "审查人", "同意", Now).Succeeded);
        }

        return candidate;
    }

    [Fact]
    public void A_candidate_passes_the_three_reviews_only_in_order_and_each_decision_is_kept()
    {
        var candidate = NewCandidate();

        Assert.NotNull(candidate.Review(ReviewStages.StandingCommittee, true, "张主任", "同意", Now).Conflict);
        Assert.True(candidate.Review(ReviewStages.ChairpersonsCouncil, true, "主任会议", "符合民意", Now).Succeeded);
        Assert.False(candidate.IsApproved);
        Assert.True(candidate.Review(ReviewStages.PartyCommittee, true, "区委常委会", "同意", Now).Succeeded);
        Assert.True(candidate.Review(ReviewStages.StandingCommittee, true, "常委会会议", "表决通过", Now).Succeeded);

        Assert.True(candidate.IsApproved);
        Assert.Equal(Candidate.Stages, candidate.Reviews.Select(r => r.Stage));
        Assert.Equal(["主任会议", "区委常委会", "常委会会议"], candidate.Reviews.Select(r => r.Reviewer));
        Assert.NotNull(candidate.Review(ReviewStages.StandingCommittee, true, "x", "y", Now).Conflict);
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_ends_the_reviews()
    {
        var candidate = NewCandidate();

        var refused = candidate.Review(ReviewStages.ChairpersonsCouncil, false, "主任会议", "", Now);
        Assert.True(refused.Errors!.ByField.ContainsKey("reason"));
        Assert.Empty(candidate.Reviews);

        Assert.True(candidate.Review(ReviewStages.ChairpersonsCouncil, false, "主任会议", "资金来源不明确", Now).Succeeded);
        Assert.Equal(CandidateStatus.Rejected, candidate.Status);
        Assert.NotNull(candidate.Review(ReviewStages.PartyCommittee, true, "x", "y", Now).Conflict);
    }

    [Fact]
    public void Only_candidates_that_passed_all_three_reviews_can_be_put_on_a_vote()
    {
        var pending = NewCandidate();
        pending.Review(ReviewStages.ChairpersonsCouncil, true, "主任会议", "同意", Now);
        pending.Review(ReviewStages.PartyCommittee, true, "区委常委会", "同意", Now);
        var approved = ApprovedCandidate();

        var refused = Vote.CreateProjectVote(County, "票决", "七届二次会议", "approve", null, [approved.Id, pending.Id], [approved, pending], NoneElsewhere, null, Now);

        Assert.Null(refused.Value);
        Assert.True(refused.Errors!.ByField.ContainsKey("candidateIds"));
        Assert.NotNull(Vote.CreateProjectVote(County, "票决", "七届二次会议", "approve", null, [approved.Id], [approved], NoneElsewhere, null, Now).Value);
    }

    [Fact]
    public void A_ballot_must_fit_the_mode()
    {
        var candidates = Enumerable.Range(0, 3).Select(_ => ApprovedCandidate()).ToList();
        var choose = Vote.CreateProjectVote(County, "票决", "七届二次会议", "choose", 2, [.. candidates.Select(c => c.Id)], candidates, NoneElsewhere, null, Now).Value!;
        var approve = Vote.CreateProjectVote(County, "票决", "七届二次会议", "approve", null, [.. candidates.Select(c => c.Id)], candidates, NoneElsewhere, null, Now).Value!;

        Assert.True(choose.PrepareBallot([.. candidates.Select(c => c.Id)], null).Errors!.ByField.ContainsKey("selected"));
        Assert.True(choose.PrepareBallot([Guid.NewGuid()], null).Errors!.ByField.ContainsKey("selected"));
        Assert.Equal(2, choose.PrepareBallot([candidates[0].Id, candidates[2].Id], null).Value!.Count);

        Assert.True(approve.PrepareBallot(null, [new BallotMark(candidates[0].Id, Choices.Approve)]).Errors!.ByField.ContainsKey("choices"));
        Assert.True(approve.PrepareBallot(null, [.. candidates.Select(c => new BallotMark(c.Id, "maybe"))]).Errors!.ByField.ContainsKey("choices[0]"));
        Assert.Equal(3, approve.PrepareBallot(null, [.. candidates.Select(c => new BallotMark(c.Id, Choices.Abstain))]).Value!.Count);
    }

    [Fact]
    public void Ballots_are_refused_before_opening_and_after_closing_and_the_result_is_computed_once()
    {
        var candidate = ApprovedCandidate();
        var vote = Vote.CreateProjectVote(County, "票决", "七届二次会议", "approve", null, [candidate.Id], [candidate], NoneElsewhere, null, Now).Value!;

        Assert.NotNull(vote.AcceptsBallots(Now).Conflict);
        Assert.NotNull(vote.ResultsPublished().Conflict);
        vote.Open([Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()], NoneElsewhere, NoneElsewhere, Now);
        Assert.True(vote.AcceptsBallots(Now).Succeeded);
        Assert.NotNull(vote.Open([Guid.NewGuid()], NoneElsewhere, NoneElsewhere, Now).Conflict);

        vote.Close([[new BallotChoice(candidate.Id, Choices.Approve)], [new BallotChoice(candidate.Id, Choices.Approve)]], Now);
        var stored = vote.ResultJson;

        Assert.NotNull(vote.AcceptsBallots(Now).Conflict);
        Assert.NotNull(vote.Close([], Now).Conflict);
        Assert.Equal(stored, vote.ResultJson);
        Assert.True(vote.ProjectResult!.Items[0].Passed);
        Assert.Equal(3, vote.ProjectResult.EligibleCount);
    }

    [Fact]
    public void Receipt_codes_are_random_and_only_their_hash_is_compared()
    {
        var code = Receipts.NewCode();

        Assert.NotEqual(code, Receipts.NewCode());
        Assert.Matches("^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$", code);
        Assert.Equal(Receipts.Hash(code), Receipts.Hash(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        Assert.Equal(64, Receipts.Hash(code).Length);
    }

    [Fact]
    public void Commitments_are_checked_at_mid_year_before_the_year_end_review()
    {
        var commitment = Commitment.Make("411300", "陈志远", "副市长", 2026, ["改造背街小巷", "新建邻里中心"], Now).Value!;
        var items = commitment.Items.Select(i => i.Id).ToList();

        Assert.NotNull(commitment.ReviewYearEnd([], null, Now).Conflict);
        Assert.True(commitment.CheckMidYear([new OutcomeInput(items[0], CommitmentOutcomes.OnTrack, "")], Now).Errors!.ByField.ContainsKey("checks"));
        Assert.True(commitment.CheckMidYear(
            [new OutcomeInput(items[0], CommitmentOutcomes.OnTrack, ""), new OutcomeInput(items[1], CommitmentOutcomes.Behind, "征地滞后")], Now).Succeeded);
        Assert.True(commitment.ReviewYearEnd(
            [new OutcomeInput(items[0], CommitmentOutcomes.Completed, ""), new OutcomeInput(items[1], CommitmentOutcomes.PartiallyCompleted, "完成 8 个")], "基本完成", Now).Succeeded);

        Assert.Equal(CommitmentStage.Reviewed, commitment.Stage);
        Assert.Equal(CommitmentOutcomes.Behind, commitment.Items[1].MidYearOutcome);
        Assert.Equal(CommitmentOutcomes.PartiallyCompleted, commitment.Items[1].YearEndOutcome);
        Assert.NotNull(commitment.ReviewYearEnd([], null, Now).Conflict);
    }
}
