using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Tests;

/// <summary>Limits, null list entries, receipt input and candidate reuse as the aggregates enforce them (no servers).</summary>
public sealed class InputRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Congress County = new(Guid.NewGuid(), "宛城区第七届人民代表大会", "411302", "county", 7);
    private static readonly HashSet<Guid> None = [];

    private static Candidate ApprovedCandidate(string title = "老旧小区改造")
    {
        var candidate = Candidate.Submit(County, title, "说明", CandidateSources.Public, "新华街道联络站", 1000m, Guid.NewGuid(), Now).Value!;
        foreach (var stage in Candidate.Stages)
        {
            Assert.True(candidate.Review(stage, true, "审查人", "同意", Now).Succeeded);
        }

        return candidate;
    }

    private static Vote ProjectVote(params Candidate[] candidates) =>
        Vote.CreateProjectVote(County, "票决", "七届二次会议", "approve", null, [.. candidates.Select(c => c.Id)], candidates, None, null, Now).Value!;

    private static Vote Evaluation(int subjects = 1) =>
        Vote.CreateEvaluation("411302", null, false, "测评", "2026", "committee-members", [Guid.NewGuid()],
            [.. Enumerable.Range(0, subjects).Select(i => new Vote.SubjectInput($"部门{i}", "department", null))], null, 0.6m, null, Now).Value!;

    private static Commitment NewCommitment() =>
        Commitment.Make("411300", "陈志远", "副市长", 2026, ["改造背街小巷", "新建邻里中心"], Now).Value!;

    [Fact]
    public void A_candidate_that_passed_in_another_vote_is_refused_naming_it_when_a_vote_is_created_or_opened()
    {
        var passed = ApprovedCandidate("新建城市公园");
        var other = ApprovedCandidate();

        var atCreation = Vote.CreateProjectVote(
            County, "票决", "七届二次会议", "approve", null, [other.Id, passed.Id], [other, passed], new HashSet<Guid> { passed.Id }, null, Now).Conflict!;
        Assert.Contains("新建城市公园", atCreation, StringComparison.Ordinal);
        Assert.Contains(passed.Id.ToString(), atCreation, StringComparison.Ordinal);

        // A draft made before the candidate passed elsewhere cannot open afterwards.
        var draft = ProjectVote(other, passed);
        var atOpening = draft.Open([Guid.NewGuid()], new HashSet<Guid> { passed.Id }, None, Now).Conflict!;
        Assert.Contains("新建城市公园", atOpening, StringComparison.Ordinal);
        Assert.Equal(VoteStatus.Draft, draft.Status);
    }

    [Fact]
    public void A_candidate_is_on_at_most_one_open_vote_so_two_votes_never_pass_it_both()
    {
        var shared = ApprovedCandidate("背街小巷改造");
        var first = ProjectVote(shared);
        var second = ProjectVote(shared, ApprovedCandidate());

        first.Open([Guid.NewGuid()], None, None, Now);
        var refused = second.Open([Guid.NewGuid()], None, new HashSet<Guid> { shared.Id }, Now).Conflict!;
        Assert.Contains("背街小巷改造", refused, StringComparison.Ordinal);

        // Once the first vote closed without passing it, the candidate may go on the second.
        first.Close([], Now);
        Assert.False(first.ProjectResult!.Items[0].Passed);
        second.Open([Guid.NewGuid()], None, None, Now);
        Assert.Equal(VoteStatus.Open, second.Status);
    }

    [Fact]
    public void Null_entries_in_any_list_are_refused_naming_their_index()
    {
        Assert.True(Commitment.Make("411300", "陈志远", "副市长", 2026, ["改造背街小巷", null], Now).Errors!.ByField.ContainsKey("items[1]"));

        var commitment = NewCommitment();
        Assert.True(commitment.CheckMidYear([null], Now).Errors!.ByField.ContainsKey("checks[0]"));
        var items = commitment.Items.Select(i => i.Id).ToList();
        Assert.True(commitment.CheckMidYear([new OutcomeInput(items[0], CommitmentOutcomes.OnTrack, null), new OutcomeInput(items[1], CommitmentOutcomes.OnTrack, null)], Now).Succeeded);
        Assert.True(commitment.ReviewYearEnd([new OutcomeInput(items[0], CommitmentOutcomes.Completed, null), null], null, Now).Errors!.ByField.ContainsKey("outcomes[1]"));

        var evaluation = Vote.CreateEvaluation("411302", null, false, "测评", "2026", "committee-members", [Guid.NewGuid()], [null], null, 0.6m, null, Now);
        Assert.Null(evaluation.Value);
        Assert.True(evaluation.Errors!.ByField.ContainsKey("subjects[0]"));

        Assert.True(Evaluation().PrepareBallot(null, [null]).Errors!.ByField.ContainsKey("marks[0]"));
        Assert.True(ProjectVote(ApprovedCandidate()).PrepareBallot(null, [null]).Errors!.ByField.ContainsKey("choices[0]"));

        var project = Project.FromPassedCandidate(ProjectVote(ApprovedCandidate()), new VoteItem(Guid.NewGuid(), "项目", null, null), Now);
        Assert.True(project.RecordInspection(new DateOnly(2026, 9, 1), "视察组", "意见", ["/files/1.jpg", null], Now).Errors!.ByField.ContainsKey("photos[1]"));
    }

    [Fact]
    public void Text_longer_than_its_limit_and_lists_longer_than_theirs_are_refused_naming_the_field()
    {
        var huge = new string('1', 100_000);
        Assert.True(Vote.CreateEvaluation(huge, null, false, "测评", "2026", "committee-members", [Guid.NewGuid()],
            [new Vote.SubjectInput("住建局", "department", null)], null, 0.6m, null, Now).Errors!.ByField.ContainsKey("divisionCode"));
        Assert.True(Vote.CreateEvaluation(huge, County, true, "测评", "2026", "deputies", [],
            [new Vote.SubjectInput("住建局", "department", null)], null, 0.6m, null, Now).Errors!.ByField.ContainsKey("divisionCode"));
        Assert.True(Vote.CreateEvaluation("411302", null, false, "测评", "2026", "committee-members", [Guid.NewGuid()],
            [new Vote.SubjectInput("住建局", "department", huge)], null, 0.6m, null, Now).Errors!.ByField.ContainsKey("subjects[0].unitCode"));
        Assert.True(Vote.CreateEvaluation("411302", null, false, "测评", "2026", "committee-members",
            [.. Enumerable.Range(0, VotingLimits.VotersMaxCount + 1).Select(_ => Guid.NewGuid())],
            [new Vote.SubjectInput("住建局", "department", null)], null, 0.6m, null, Now).Errors!.ByField.ContainsKey("voterIds"));

        var tooMany = Enumerable.Range(0, 5000).Select(i => (string?)$"事项{i}").ToList();
        Assert.True(Commitment.Make("411300", "陈志远", "副市长", 2026, tooMany, Now).Errors!.ByField.ContainsKey("items"));
        Assert.True(Commitment.Make("411300", "陈志远", "副市长", 2026, [new string('事', VotingLimits.CommitmentItemMaxLength + 1)], Now)
            .Errors!.ByField.ContainsKey("items[0]"));
        var commitment = NewCommitment();
        var itemIds = commitment.Items.Select(i => i.Id).ToList();
        Assert.True(commitment.CheckMidYear(
            [new OutcomeInput(itemIds[0], CommitmentOutcomes.OnTrack, new string('说', VotingLimits.OutcomeNotesMaxLength + 1)), new OutcomeInput(itemIds[1], CommitmentOutcomes.OnTrack, null)],
            Now).Errors!.ByField.ContainsKey("checks[0].notes"));

        var candidates = Enumerable.Range(0, VotingLimits.VoteItemsMaxCount + 1).Select(_ => ApprovedCandidate()).ToList();
        Assert.True(Vote.CreateProjectVote(County, "票决", "七届二次会议", "approve", null, [.. candidates.Select(c => c.Id)], candidates, None, null, Now)
            .Errors!.ByField.ContainsKey("candidateIds"));
        Assert.True(Vote.CreateProjectVote(County, new string('票', VotingLimits.VoteTitleMaxLength + 1), "七届二次会议", "approve", null, [candidates[0].Id], candidates, None, null, Now)
            .Errors!.ByField.ContainsKey("title"));
        Assert.NotNull(Vote.CreateProjectVote(County, new string('票', VotingLimits.VoteTitleMaxLength), "七届二次会议", "approve", null, [candidates[0].Id], candidates, None, null, Now).Value);

        Assert.True(Candidate.Submit(County, "公园", new string('说', VotingLimits.CandidateDescriptionMaxLength + 1), CandidateSources.Public, "联络站", null, Guid.NewGuid(), Now)
            .Errors!.ByField.ContainsKey("description"));
        var project = Project.FromPassedCandidate(ProjectVote(candidates[0]), new VoteItem(Guid.NewGuid(), "项目", null, null), Now);
        Assert.True(project.RecordInspection(new DateOnly(2026, 9, 1), "视察组", "意见",
            [.. Enumerable.Range(0, VotingLimits.PhotosMaxCount + 1).Select(i => (string?)$"/files/{i}.jpg")], Now).Errors!.ByField.ContainsKey("photos"));
        Assert.True(project.AssignUnit(huge, "住建局", Now).Errors!.ByField.ContainsKey("unitCode"));
    }

    [Fact]
    public void A_typed_receipt_code_must_be_given_and_no_longer_than_a_code_can_be()
    {
        var code = Receipts.NewCode();

        Assert.True(Receipts.HashOfTyped(null).Errors!.ByField.ContainsKey("code"));
        Assert.True(Receipts.HashOfTyped(new string('A', VotingLimits.ReceiptCodeMaxLength + 1)).Errors!.ByField.ContainsKey("code"));
        Assert.Equal(Receipts.Hash(code), Receipts.HashOfTyped($" {code.ToLowerInvariant()} ").Value);
    }

    [Fact]
    public void The_database_columns_hold_exactly_what_the_domain_accepts()
    {
        var options = new DbContextOptionsBuilder<VotingContext>().UseNpgsql("Host=unused").Options;
        using var db = new VotingContext(options, new HttpContextAccessor());
        int? MaxLength<T>(string property) => db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetMaxLength();

        Assert.Equal(VotingLimits.VoteTitleMaxLength, MaxLength<Vote>(nameof(Vote.Title)));
        Assert.Equal(VotingLimits.SessionMaxLength, MaxLength<Vote>(nameof(Vote.Session)));
        Assert.Equal(VotingLimits.CandidateDescriptionMaxLength, MaxLength<Candidate>(nameof(Candidate.Description)));
        Assert.Equal(VotingLimits.NotesMaxLength, MaxLength<Rectification>(nameof(Rectification.RectificationNotes)));
        Assert.Equal(VotingLimits.NotesMaxLength, MaxLength<Rectification>(nameof(Rectification.ReportNotes)));
        Assert.Equal(VotingLimits.NotesMaxLength, MaxLength<Commitment>(nameof(Commitment.ReviewOpinion)));
        Assert.Equal(VotingLimits.OfficialNameMaxLength, MaxLength<Commitment>(nameof(Commitment.OfficialName)));
        Assert.Equal(VotingLimits.UnitCodeMaxLength, MaxLength<Project>(nameof(Project.ResponsibleUnitCode)));
        Assert.Equal(VotingLimits.CommitmentItemMaxLength, MaxLength<CommitmentItem>(nameof(CommitmentItem.Content)));
        Assert.Equal(VotingLimits.UnitCodeMaxLength, MaxLength<VoteItem>(nameof(VoteItem.UnitCode)));
    }
}
