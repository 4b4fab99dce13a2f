using System.Text.Json;
using RenminDaibiao.Contracts.Voting;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Voting.Domain;

/// <summary>
/// A secret ballot among a fixed list of voters: a 民生实事 project vote of one congress session, or a
/// satisfaction evaluation (same aggregate, Kind "evaluation"). Draft → Open (voter list snapshotted)
/// → Closed (result computed once and stored; nothing changes it afterwards).
/// </summary>
public sealed class Vote : EventSource, IDivisionScoped
{
    public const decimal DefaultThreshold = 0.6m;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private List<Guid> _voterList = [];
    private readonly List<VoteItem> _items = [];

    private Vote()
    {
        Kind = "";
        Title = "";
        Session = "";
        DivisionCode = "";
        VoterKind = VoterKinds.Deputies;
    }

    public Guid Id { get; private set; }

    public string Kind { get; private set; }

    public Guid? CongressId { get; private set; }

    public string DivisionCode { get; private set; }

    public string Title { get; private set; }

    /// <summary>The congress session (e.g. 七届二次会议) a project vote belongs to; the year or round of an evaluation.</summary>
    public string Session { get; private set; }

    public VoteMode Mode { get; private set; }

    public int? MaxChoices { get; private set; }

    public string VoterKind { get; private set; }

    /// <summary>An explicit voter list (evaluations); empty means the congress's serving deputies when opened.</summary>
    public IReadOnlyList<Guid> VoterList => _voterList;

    public decimal? Threshold { get; private set; }

    public IReadOnlyList<VoteItem> Items => _items;

    public VoteStatus Status { get; private set; }

    /// <summary>How many voters the snapshot taken at opening holds: the denominator of the majority rule.</summary>
    public int EligibleCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public DateTimeOffset? ClosesAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The result as stored at closing (JSON); null while the vote is not closed.</summary>
    public string? ResultJson { get; private set; }

    public bool IsEvaluation => Kind == VoteKinds.Evaluation;

    /// <summary>
    /// Drafts a project vote. 400 for malformed input; 409 when a candidate already passed in another vote
    /// (<paramref name="passedCandidateIds"/>: it is a project now, and a candidate passes at most once).
    /// </summary>
    public static Outcome<Vote> CreateProjectVote(
        Congress? congress, string? title, string? session, string? mode, int? maxChoices,
        IReadOnlyList<Guid>? candidateIds, IReadOnlyCollection<Candidate> candidates, IReadOnlySet<Guid> passedCandidateIds,
        DateTimeOffset? closesAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(passedCandidateIds);
        var errors = new DomainErrors();
        if (congress is null)
        {
            errors.Add("congressId", "未找到该届人大。");
        }

        var cleanTitle = Text.Required(title, "title", "票决名称", VotingLimits.VoteTitleMaxLength, errors);
        var cleanSession = Text.Required(session, "session", "会议届次", VotingLimits.SessionMaxLength, errors);
        VoteMode? parsedMode = mode switch
        {
            "choose" => VoteMode.ChooseUpTo,
            "approve" => VoteMode.ApproveOppose,
            _ => null,
        };
        if (parsedMode is null)
        {
            errors.Add("mode", "票决方式应为 choose(限选 N 项)或 approve(逐项赞成/反对/弃权)。");
        }

        var ids = candidateIds?.Distinct().ToList() ?? [];
        if (ids.Count > VotingLimits.VoteItemsMaxCount)
        {
            errors.Add("candidateIds", $"一次票决最多 {VotingLimits.VoteItemsMaxCount} 个候选项目。");
        }
        else if (ids.Count == 0 || ids.Count != (candidateIds?.Count ?? 0))
        {
            errors.Add("candidateIds", "请选择候选项目,且不能重复。");
        }
        else
        {
            foreach (var id in ids)
            {
                var candidate = candidates.FirstOrDefault(c => c.Id == id);
                if (candidate is null || (congress is not null && candidate.CongressId != congress.Id))
                {
                    errors.Add("candidateIds", $"候选项目 {id} 不存在或不属于该届人大。");
                }
                else if (!candidate.IsApproved)
                {
                    errors.Add("candidateIds", $"候选项目“{candidate.Title}”未通过三审,不能提交票决。");
                }
            }
        }

        if (parsedMode == VoteMode.ChooseUpTo && (maxChoices is null || maxChoices < 1 || maxChoices > ids.Count))
        {
            errors.Add("maxChoices", "限选项数应在 1 到候选项目数之间。");
        }

        if (closesAt is { } end && end <= now)
        {
            errors.Add("closesAt", "截止时间应晚于当前时间。");
        }

        if (errors.Any)
        {
            return Outcome<Vote>.Invalid(errors);
        }

        var items = ids.Select(id => new VoteItem(id, candidates.First(c => c.Id == id).Title, null, null)).ToList();
        if (AlreadyPassed(items, passedCandidateIds) is { } passed)
        {
            return Outcome<Vote>.Illegal(passed);
        }

        var vote = new Vote
        {
            Id = Guid.CreateVersion7(),
            Kind = VoteKinds.ProjectVote,
            CongressId = congress!.Id,
            DivisionCode = congress.DivisionCode,
            Title = cleanTitle!,
            Session = cleanSession!,
            Mode = parsedMode!.Value,
            MaxChoices = parsedMode == VoteMode.ChooseUpTo ? maxChoices : null,
            Status = VoteStatus.Draft,
            ClosesAt = closesAt,
            CreatedAt = now,
        };
        vote._items.AddRange(items);
        return Outcome<Vote>.Made(vote);
    }

    public sealed record SubjectInput(string? Name, string? Kind, string? UnitCode);

    public static Outcome<Vote> CreateEvaluation(
        string? divisionCode, Congress? congress, bool congressRequested, string? title, string? session, string? voterKind,
        IReadOnlyList<Guid>? voterIds, IReadOnlyList<SubjectInput?>? subjects, decimal? threshold, decimal defaultThreshold,
        DateTimeOffset? closesAt, DateTimeOffset now)
    {
        var errors = new DomainErrors();

        // The division code's length is checked first: nothing else looks at an oversized code.
        if (divisionCode is not null && ServiceDefaults.DivisionCodes.Require(divisionCode, errors)
            && congress is not null && divisionCode != congress.DivisionCode)
        {
            errors.Add("divisionCode", "行政区划代码与所选人大不一致。");
        }

        var cleanTitle = Text.Required(title, "title", "测评名称", VotingLimits.VoteTitleMaxLength, errors);
        var cleanSession = Text.Required(session, "session", "测评批次", VotingLimits.SessionMaxLength, errors);
        var division = congress?.DivisionCode ?? divisionCode;
        if (congressRequested && congress is null)
        {
            errors.Add("congressId", "未找到该届人大。");
        }
        else if (!errors.ByField.ContainsKey("divisionCode"))
        {
            ServiceDefaults.DivisionCodes.Require(division, errors);
        }

        var kind = voterKind ?? VoterKinds.Deputies;
        if (kind is not (VoterKinds.Deputies or VoterKinds.CommitteeMembers))
        {
            errors.Add("voterKind", "测评人应为 deputies(代表)或 committee-members(常委会组成人员)。");
        }

        var voters = voterIds?.Distinct().ToList() ?? [];
        if (voterIds?.Count > VotingLimits.VotersMaxCount)
        {
            errors.Add("voterIds", $"测评人最多 {VotingLimits.VotersMaxCount} 人。");
        }
        else if (voters.Count == 0 && (congress is null || kind != VoterKinds.Deputies))
        {
            errors.Add("voterIds", "请提供测评人名单,或指定一届人大以其在任代表为测评人。");
        }

        var items = new List<VoteItem>();
        if (subjects is null || subjects.Count == 0)
        {
            errors.Add("subjects", "请至少列出一个被测评的部门或人员。");
        }
        else if (Lists.WithinLimits(subjects, "subjects", "被测评对象", VotingLimits.VoteItemsMaxCount, errors))
        {
            for (var i = 0; i < subjects.Count; i++)
            {
                var subject = subjects[i]!;
                var unitCode = Text.Optional(subject.UnitCode, $"subjects[{i}].unitCode", "单位代码", VotingLimits.UnitCodeMaxLength, errors);
                var name = Text.Required(subject.Name, $"subjects[{i}].name", "被测评对象名称", VotingLimits.SubjectNameMaxLength, errors);
                var subjectKind = subject.Kind ?? "department";
                if (subjectKind is not ("department" or "official"))
                {
                    errors.Add($"subjects[{i}].kind", "被测评对象类型应为 department(部门)或 official(人员)。");
                }

                if (name is not null)
                {
                    items.Add(new VoteItem(Guid.NewGuid(), name, subjectKind, unitCode));
                }
            }
        }

        var limit = threshold ?? defaultThreshold;
        if (limit is <= 0 or > 1)
        {
            errors.Add("threshold", "满意率阈值应在 0 到 1 之间。");
        }

        if (closesAt is { } end && end <= now)
        {
            errors.Add("closesAt", "截止时间应晚于当前时间。");
        }

        if (errors.Any)
        {
            return Outcome<Vote>.Invalid(errors);
        }

        var evaluation = new Vote
        {
            Id = Guid.CreateVersion7(),
            Kind = VoteKinds.Evaluation,
            CongressId = congress?.Id,
            DivisionCode = division!,
            Title = cleanTitle!,
            Session = cleanSession!,
            Mode = VoteMode.Satisfaction,
            VoterKind = kind,
            Threshold = limit,
            Status = VoteStatus.Draft,
            ClosesAt = closesAt,
            CreatedAt = now,
        };
        evaluation._voterList = voters;
        evaluation._items.AddRange(items);
        return Outcome<Vote>.Made(evaluation);
    }

    /// <summary>
    /// Opens the vote with the voter snapshot: the congress's serving deputies at this moment, or the
    /// explicit list, and raises VoteOpened, which tells every eligible voter.
    /// A candidate is on at most one open vote at a time and passes at most once: 409 when one of this
    /// vote's candidates already passed (<paramref name="passedCandidateIds"/>) or is on another open vote
    /// (<paramref name="candidatesOnOtherOpenVotes"/>). So no two votes can pass the same candidate, and
    /// closing never meets a project that already exists.
    /// </summary>
    public Outcome Open(
        IReadOnlyList<Guid> eligibleVoters, IReadOnlySet<Guid> passedCandidateIds, IReadOnlySet<Guid> candidatesOnOtherOpenVotes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(eligibleVoters);
        ArgumentNullException.ThrowIfNull(candidatesOnOtherOpenVotes);
        if (Status != VoteStatus.Draft)
        {
            return Outcome.Illegal(Status == VoteStatus.Open ? "该票决已开启。" : "该票决已结束。");
        }

        if (AlreadyPassed(_items, passedCandidateIds) is { } passed)
        {
            return Outcome.Illegal(passed);
        }

        if (_items.FirstOrDefault(i => candidatesOnOtherOpenVotes.Contains(i.Id)) is { } busy)
        {
            return Outcome.Illegal($"候选项目“{busy.Title}”({busy.Id})正在另一次票决中,不能同时开启两次票决。");
        }

        if (eligibleVoters.Count == 0)
        {
            return Outcome.Illegal("开启时没有在任代表或测评人,不能开启。");
        }

        if (ClosesAt is { } end && end <= now)
        {
            return Outcome.Illegal("截止时间已过。");
        }

        Status = VoteStatus.Open;
        OpenedAt = now;
        EligibleCount = eligibleVoters.Count;
        Raise(new VoteOpened(
            Id, Kind, Title, CongressId, DivisionCode,
            VoterKind == VoterKinds.Deputies ? eligibleVoters : [],
            ClosesAt));
        return Outcome.Done;
    }

    /// <summary>Why the vote may not hold these items: one of them already passed another vote; null when none did.</summary>
    private static string? AlreadyPassed(IEnumerable<VoteItem> items, IReadOnlySet<Guid> passedCandidateIds)
    {
        ArgumentNullException.ThrowIfNull(passedCandidateIds);
        return items.FirstOrDefault(i => passedCandidateIds.Contains(i.Id)) is { } passed
            ? $"候选项目“{passed.Title}”({passed.Id})已在另一次票决中通过,不能再次票决。"
            : null;
    }

    /// <summary>Refused (409) unless ballots are accepted now: open and not past its closing time.</summary>
    public Outcome AcceptsBallots(DateTimeOffset now) => Status switch
    {
        VoteStatus.Draft => Outcome.Illegal("该票决尚未开启,不能投票。"),
        VoteStatus.Closed => Outcome.Illegal("该票决已结束,不能投票。"),
        _ when ClosesAt is { } end && now >= end => Outcome.Illegal("该票决已过截止时间,不能投票。"),
        _ => Outcome.Done,
    };

    /// <summary>Checks a ballot against the mode and the items; made: the marks to store.</summary>
    public Outcome<IReadOnlyList<BallotChoice>> PrepareBallot(
        IReadOnlyList<Guid>? selected, IReadOnlyList<BallotMark?>? marks)
    {
        var errors = new DomainErrors();
        var itemIds = Items.Select(i => i.Id).ToHashSet();
        if (Mode == VoteMode.ChooseUpTo)
        {
            var picks = selected ?? [];
            if (picks.Count > VotingLimits.VoteItemsMaxCount)
            {
                errors.Add("selected", $"最多只能选择 {MaxChoices} 项。");
            }
            else if (picks.Distinct().Count() != picks.Count)
            {
                errors.Add("selected", "同一候选项目不能重复选择。");
            }
            else if (picks.Any(id => !itemIds.Contains(id)))
            {
                errors.Add("selected", "所选项目不在本次票决的候选项目中。");
            }
            else if (picks.Count > MaxChoices)
            {
                errors.Add("selected", $"最多只能选择 {MaxChoices} 项。");
            }

            return errors.Any
                ? Outcome<IReadOnlyList<BallotChoice>>.Invalid(errors)
                : Outcome<IReadOnlyList<BallotChoice>>.Made([.. picks.Select(id => new BallotChoice(id, Choices.Approve))]);
        }

        var field = IsEvaluation ? "marks" : "choices";
        var allowed = Mode == VoteMode.Satisfaction ? Choices.Satisfaction : Choices.PerCandidate;
        var given = marks ?? [];
        if (!Lists.WithinLimits(given, field, "意见", VotingLimits.VoteItemsMaxCount, errors))
        {
            return Outcome<IReadOnlyList<BallotChoice>>.Invalid(errors);
        }

        var result = new List<BallotChoice>();
        for (var i = 0; i < given.Count; i++)
        {
            var (itemId, choice) = given[i]!;
            if (itemId is not { } id || !itemIds.Contains(id))
            {
                errors.Add($"{field}[{i}]", "所投项目不在本次票决或测评中。");
                return Outcome<IReadOnlyList<BallotChoice>>.Invalid(errors);
            }

            if (choice is null || !allowed.Contains(choice))
            {
                errors.Add($"{field}[{i}]", Mode == VoteMode.Satisfaction
                    ? "测评意见应为 satisfied(满意)、basically-satisfied(基本满意)或 unsatisfied(不满意)。"
                    : "表决意见应为 approve(赞成)、oppose(反对)或 abstain(弃权)。");
                return Outcome<IReadOnlyList<BallotChoice>>.Invalid(errors);
            }

            if (result.Any(r => r.ItemId == id))
            {
                errors.Add($"{field}[{i}]", "同一项目只能投一次意见。");
                return Outcome<IReadOnlyList<BallotChoice>>.Invalid(errors);
            }

            result.Add(new BallotChoice(id, choice));
        }

        if (result.Count != itemIds.Count)
        {
            errors.Add(field, "请对每一项都表明意见。");
        }

        return errors.Any ? Outcome<IReadOnlyList<BallotChoice>>.Invalid(errors) : Outcome<IReadOnlyList<BallotChoice>>.Made(result);
    }

    /// <summary>
    /// Closes the vote and stores the result computed from every ballot; the result never changes afterwards.
    /// Returns the follow-up records the result requires: a project for each candidate that passed, a
    /// rectification (raising its deadline) for each evaluated subject below the threshold.
    /// </summary>
    public Outcome<VoteFollowUps> Close(IReadOnlyCollection<IReadOnlyList<BallotChoice>> ballots, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        if (Status != VoteStatus.Open)
        {
            return Outcome<VoteFollowUps>.Illegal(Status == VoteStatus.Draft ? "该票决尚未开启。" : "该票决已结束,结果已公布且不可更改。");
        }

        var items = _items.Select(i => (i.Id, i.Title)).ToList();
        Status = VoteStatus.Closed;
        ClosedAt = now;
        if (IsEvaluation)
        {
            var evaluationResult = Tally.CountEvaluation(items, ballots, EligibleCount, Threshold ?? DefaultThreshold);
            ResultJson = JsonSerializer.Serialize(evaluationResult, Json);
            return Outcome<VoteFollowUps>.Made(new VoteFollowUps(
                [],
                [.. evaluationResult.Subjects.Where(s => s.BelowThreshold)
                    .Select(s => Rectification.For(this, ItemOf(s.ItemId), s.SatisfactionRate ?? 0m, now))]));
        }

        var projectResult = Tally.CountProjectVote(Mode, MaxChoices, items, ballots, EligibleCount);
        ResultJson = JsonSerializer.Serialize(projectResult, Json);
        return Outcome<VoteFollowUps>.Made(
            new VoteFollowUps([.. projectResult.Items.Where(i => i.Passed).Select(i => Project.FromPassedCandidate(this, ItemOf(i.ItemId), now))], []));
    }

    /// <summary>Refused (409) unless the result is published (the vote is closed).</summary>
    public Outcome ResultsPublished() =>
        Status == VoteStatus.Closed ? Outcome.Done : Outcome.Illegal("票决或测评结束前不公布结果。");

    public ProjectVoteResult? ProjectResult =>
        ResultJson is null || IsEvaluation ? null : JsonSerializer.Deserialize<ProjectVoteResult>(ResultJson, Json);

    public EvaluationResult? EvaluationResult =>
        ResultJson is null || !IsEvaluation ? null : JsonSerializer.Deserialize<EvaluationResult>(ResultJson, Json);

    public static string SerializeChoices(IReadOnlyList<BallotChoice> choices) => JsonSerializer.Serialize(choices, Json);

    public static IReadOnlyList<BallotChoice> DeserializeChoices(string json) =>
        JsonSerializer.Deserialize<List<BallotChoice>>(json, Json) ?? [];

    private VoteItem ItemOf(Guid itemId) => _items.First(i => i.Id == itemId);
}
