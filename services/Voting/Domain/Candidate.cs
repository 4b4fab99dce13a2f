using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Voting.Domain;

/// <summary>
/// A 民生实事 candidate project for one congress. It is collected from the public (through the
/// stations), the government or deputies, then goes through the three reviews (三审) in order:
/// the chairpersons' council (主任会议), the Party committee's standing committee (党委常委会) and the
/// standing committee of the congress (人大常委会会议). Only a candidate that passed all three can be
/// put on a vote; a rejection at any stage ends its road.
/// </summary>
public sealed class Candidate : IDivisionScoped
{
    public static readonly IReadOnlyList<string> Sources = [CandidateSources.Public, CandidateSources.Government, CandidateSources.Deputy];

    public static readonly IReadOnlyList<string> Stages = [ReviewStages.ChairpersonsCouncil, ReviewStages.PartyCommittee, ReviewStages.StandingCommittee];

    private readonly List<CandidateReview> _reviews = [];

    private Candidate()
    {
        Title = "";
        Description = "";
        DivisionCode = "";
        Source = "";
        ProposedBy = "";
        Status = CandidateStatus.UnderReview;
    }

    public Guid Id { get; private set; }

    public Guid CongressId { get; private set; }

    public string DivisionCode { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    /// <summary>public, government or deputy.</summary>
    public string Source { get; private set; }

    /// <summary>Who proposed it: a station, a department or a deputy's name.</summary>
    public string ProposedBy { get; private set; }

    public decimal? EstimatedBudget { get; private set; }

    public Guid SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public CandidateStatus Status { get; private set; }

    public IReadOnlyList<CandidateReview> Reviews => _reviews;

    /// <summary>The stage waiting for a decision, or null once approved or rejected.</summary>
    public string? PendingStage => Status == CandidateStatus.UnderReview ? Stages[Reviews.Count] : null;

    public bool IsApproved => Status == CandidateStatus.Approved;

    public static Outcome<Candidate> Submit(
        Congress congress, string? title, string? description, string? source, string? proposedBy,
        decimal? estimatedBudget, Guid submittedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(congress);
        var errors = new DomainErrors();
        var cleanTitle = Text.Required(title, "title", "项目名称", VotingLimits.CandidateTitleMaxLength, errors);
        var cleanDescription = Text.Optional(description, "description", "项目说明", VotingLimits.CandidateDescriptionMaxLength, errors) ?? "";
        var cleanProposer = Text.Required(proposedBy, "proposedBy", "提出单位或提出人", VotingLimits.ProposedByMaxLength, errors);
        var cleanSource = source?.Trim().ToLowerInvariant();
        if (cleanSource is null || !Sources.Contains(cleanSource))
        {
            errors.Add("source", "项目来源应为 public(群众)、government(政府)或 deputy(代表)。");
        }

        if (estimatedBudget is < 0)
        {
            errors.Add("estimatedBudget", "预算金额不能为负数。");
        }

        if (errors.Any)
        {
            return Outcome<Candidate>.Invalid(errors);
        }

        return Outcome<Candidate>.Made(new Candidate
        {
            Id = Guid.CreateVersion7(),
            CongressId = congress.Id,
            DivisionCode = congress.DivisionCode,
            Title = cleanTitle!,
            Description = cleanDescription,
            Source = cleanSource!,
            ProposedBy = cleanProposer!,
            EstimatedBudget = estimatedBudget,
            SubmittedBy = submittedBy,
            SubmittedAt = now,
        });
    }

    /// <summary>Records the decision of the stage that is due; the stage must be named to avoid a decision landing on the wrong one.</summary>
    public Outcome Review(string? stage, bool? approved, string? reviewer, string? reason, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        if (Status != CandidateStatus.UnderReview)
        {
            return Outcome.Illegal($"该候选项目已{(IsApproved ? "通过三审" : "被否决")},不能再审查。");
        }

        var expected = Stages[Reviews.Count];
        if (stage is null || !Stages.Contains(stage))
        {
            errors.Add("stage", "审查环节应为 chairpersons-council(主任会议)、party-committee(党委常委会)或 standing-committee(人大常委会会议)。");
        }
        else if (stage != expected)
        {
            return Outcome.Illegal($"当前应进行的审查环节是 {expected}。");
        }

        if (approved is null)
        {
            errors.Add("approved", "请填写审查结论。");
        }

        var cleanReviewer = Text.Required(reviewer, "reviewer", "审查人", VotingLimits.ReviewerMaxLength, errors);
        var cleanReason = Text.Optional(reason, "reason", "审查理由", VotingLimits.ReviewReasonMaxLength, errors);
        if (approved == false && cleanReason is null && !errors.ByField.ContainsKey("reason"))
        {
            errors.Add("reason", "否决时必须说明理由。");
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        _reviews.Add(new CandidateReview(expected, approved!.Value, cleanReviewer!, cleanReason ?? "", now));
        if (!approved.Value)
        {
            Status = CandidateStatus.Rejected;
        }
        else if (Reviews.Count == Stages.Count)
        {
            Status = CandidateStatus.Approved;
        }

        return Outcome.Done;
    }
}
