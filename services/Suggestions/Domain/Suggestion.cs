using System.Linq.Expressions;
using RenminDaibiao.Contracts;
using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Suggestions.Domain;

/// <summary>
/// A deputy's suggestion (建议) or motion (议案) and its one handling state machine, from the draft to the
/// deputy's rating. Every method checks, in this order, that the operation is legal in the current state
/// (else Conflict, nothing changes), that the actor may do it (else Forbidden), and the input (else Invalid);
/// a successful transition is recorded in <see cref="History"/> and raises integration events.
/// </summary>
public sealed class Suggestion : EventSource, IDivisionScoped
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 20000;
    public const int MaxCategoryLength = 50;
    public const int MaxTextLength = 4000;
    public const int MaxAnswerContentLength = 20000;
    public const int MaxLeadDeputyNameLength = 50;
    public const int MaxTrackingCodeLength = 32;
    public const int MaxCoSigners = 200;
    public const int MaxCoUnits = 20;
    public const string DeadlineItemKind = "suggestion";

    public const int MinRehandleDays = 1;
    public const int MaxRehandleDays = 180;

    /// <summary>
    /// Which operations each state allows. After a second 不满意 the suggestion is escalated, and the supervising leader
    /// or the committee decides: another handling round, a joint supervision meeting, or a written conclusion; a round
    /// rated 不满意 again comes back here, so supervision never stops at a dead end.
    /// </summary>
    private static readonly Dictionary<SuggestionState, SuggestionOperation[]> Legal = new()
    {
        [SuggestionState.Draft] = [SuggestionOperation.Submit],
        [SuggestionState.Returned] = [SuggestionOperation.Submit],
        [SuggestionState.Submitted] = [SuggestionOperation.Accept, SuggestionOperation.Merge, SuggestionOperation.Return],
        [SuggestionState.Accepted] = [SuggestionOperation.Assign, SuggestionOperation.LeaderSupervision],
        [SuggestionState.Assigned] = [
            SuggestionOperation.Contact, SuggestionOperation.Supervise, SuggestionOperation.Urge, SuggestionOperation.EscalateOverdue, SuggestionOperation.LeaderSupervision],
        [SuggestionState.Contacted] = [
            SuggestionOperation.Answer, SuggestionOperation.Supervise, SuggestionOperation.Urge, SuggestionOperation.EscalateOverdue, SuggestionOperation.LeaderSupervision],
        [SuggestionState.Answered] = [SuggestionOperation.Rate, SuggestionOperation.LeaderSupervision],
        [SuggestionState.BeingSolved] = [
            SuggestionOperation.ReportProgress, SuggestionOperation.Supervise, SuggestionOperation.Urge, SuggestionOperation.LeaderSupervision],
        [SuggestionState.Merged] = [],
        [SuggestionState.Closed] = [],
        [SuggestionState.Escalated] = [
            SuggestionOperation.Rehandle, SuggestionOperation.HoldJointMeeting, SuggestionOperation.Conclude, SuggestionOperation.LeaderSupervision],
        [SuggestionState.JointSupervision] = [
            SuggestionOperation.Rehandle, SuggestionOperation.HoldJointMeeting, SuggestionOperation.Conclude, SuggestionOperation.LeaderSupervision],
    };

    private static readonly Dictionary<string, string> LeaderSupervisionKinds = new(StringComparer.Ordinal)
    {
        ["visit"] = "领办走访",
        ["meeting"] = "领办座谈",
        ["note"] = "领办批示",
    };

    private readonly List<CoSigner> _coSigners = [];
    private readonly List<CoUnit> _coUnits = [];
    private readonly List<HistoryEntry> _history = [];
    private readonly List<Answer> _answers = [];
    private readonly List<RatingEntry> _ratings = [];
    private readonly List<ProgressReport> _progress = [];

    private Suggestion()
    {
        Title = "";
        Body = "";
        DivisionCode = "";
        LeadDeputyName = "";
    }

    public Guid Id { get; private set; }

    public SuggestionKind Kind { get; private set; }

    /// <summary>
    /// Made during a congress session (会议期间) rather than between sessions (闭会期间), by the session dates of its
    /// congress in China time: when drafted, and finally when submitted.
    /// </summary>
    public bool DuringSession { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public string? Category { get; private set; }

    public string DivisionCode { get; private set; }

    public Guid? CongressId { get; private set; }

    public int? Term { get; private set; }

    public Guid LeadDeputyId { get; private set; }

    public string LeadDeputyName { get; private set; }

    public SuggestionState State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public bool IsKey { get; private set; }

    public Guid? SupervisingLeaderId { get; private set; }

    public Guid? MergedIntoId { get; private set; }

    public string? ReturnReason { get; private set; }

    public string? LeadUnitCode { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    /// <summary>The deadline of the current round's answer.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>The deadline of the first answer, which the on-time answer rate is measured against.</summary>
    public DateTimeOffset? FirstDueAt { get; private set; }

    /// <summary>
    /// 0 before assignment, 1 for the first answer, 2 for the answer after an unsatisfied rating, 3 and on for the
    /// rounds the supervising leader orders after escalation.
    /// </summary>
    public int Round { get; private set; }

    /// <summary>The round whose overdue answer was last escalated; a round is escalated once.</summary>
    public int? OverdueEscalatedRound { get; private set; }

    /// <summary>The written conclusion that closed an escalated suggestion.</summary>
    public string? Conclusion { get; private set; }

    public DateTimeOffset? ContactedAt { get; private set; }

    public string? ContactNote { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public Guid? SourceOpinionId { get; private set; }

    public string? SourceTrackingCode { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL xmin): two concurrent transitions cannot both win.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<CoSigner> CoSigners => _coSigners;

    public IReadOnlyList<CoUnit> CoUnits => _coUnits;

    public IReadOnlyList<HistoryEntry> History => _history;

    public IReadOnlyList<Answer> Answers => _answers;

    public IReadOnlyList<RatingEntry> Ratings => _ratings;

    public IReadOnlyList<ProgressReport> ProgressReports => _progress;

    public Answer? LatestAnswer => _answers.OrderBy(a => a.Round).LastOrDefault();

    public RatingEntry? LatestRating => _ratings.OrderBy(r => r.Round).LastOrDefault();

    /// <summary>Assigned and not answered yet in the current round: the unit owes an answer by <see cref="DueAt"/>.</summary>
    public static Expression<Func<Suggestion, bool>> AwaitingAnswerRule { get; } =
        s => s.State == SuggestionState.Assigned || s.State == SuggestionState.Contacted;

    /// <summary>Overdue (超期) at an instant: awaiting an answer whose deadline has passed.</summary>
    public static Expression<Func<Suggestion, DateTimeOffset, bool>> OverdueRule { get; } = WithAwaitingAnswer<DateTimeOffset>(
        (s, now) => s.DueAt < now);

    /// <summary>Due soon (临期) between two instants: awaiting an answer due from the first to the second, both included.</summary>
    public static Expression<Func<Suggestion, DateTimeOffset, DateTimeOffset, bool>> DueSoonRule { get; } = WithAwaitingAnswer<DateTimeOffset, DateTimeOffset>(
        (s, from, until) => s.DueAt >= from && s.DueAt <= until);

    private static readonly Func<Suggestion, bool> AwaitingAnswer = AwaitingAnswerRule.Compile();
    private static readonly Func<Suggestion, DateTimeOffset, bool> OverdueAt = OverdueRule.Compile();

    public bool IsAwaitingAnswer => AwaitingAnswer(this);

    public bool IsOverdue(DateTimeOffset now) => OverdueAt(this, now);

    /// <summary>The overdue rule for a query at <paramref name="now"/>.</summary>
    public static Expression<Func<Suggestion, bool>> Overdue(DateTimeOffset now) => RuleExpressions.Bind(OverdueRule, now);

    /// <summary>Overdue at <paramref name="now"/> and not escalated yet in its current round.</summary>
    public static Expression<Func<Suggestion, bool>> OverdueToEscalate(DateTimeOffset now) =>
        RuleExpressions.And(Overdue(now), s => s.OverdueEscalatedRound == null || s.OverdueEscalatedRound != s.Round);

    /// <summary>The due-soon rule for a query: due from <paramref name="from"/> to <paramref name="until"/>.</summary>
    public static Expression<Func<Suggestion, bool>> DueSoon(DateTimeOffset from, DateTimeOffset until) => RuleExpressions.Bind(DueSoonRule, from, until);

    public static bool IsLegal(SuggestionState state, SuggestionOperation operation) => Legal[state].Contains(operation);

    /// <summary>
    /// Who sees which suggestions: committee staff all of them (within their division scope); a handling unit those
    /// assigned to it as lead or co-unit; a deputy their own, led or co-signed; a supervising leader those they lead;
    /// anyone else none.
    /// </summary>
    public static Expression<Func<Suggestion, bool>> VisibleTo(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsCommitteeStaff)
        {
            return _ => true;
        }

        var unit = actor.UnitCode;
        var deputy = actor.DeputyId;
        var account = actor.AccountId;
        return s =>
            (unit != null && (s.LeadUnitCode == unit || s.CoUnits.Any(c => c.UnitCode == unit)))
            || (deputy != null && (s.LeadDeputyId == deputy || s.CoSigners.Any(c => c.DeputyId == deputy)))
            || (account != Guid.Empty && s.SupervisingLeaderId == account);
    }

    /// <summary>
    /// The suggestions that wait for <paramref name="deputyId"/>'s co-signature: listed as co-signer, not yet confirmed,
    /// and still a draft or returned (the only states in which <see cref="Cosign"/> is allowed).
    /// </summary>
    public static Expression<Func<Suggestion, bool>> AwaitingCosignBy(Guid deputyId) =>
        s => (s.State == SuggestionState.Draft || s.State == SuggestionState.Returned)
            && s.CoSigners.Any(c => c.DeputyId == deputyId && c.ConfirmedAt == null);

    /// <summary>Links the suggestion to the congress term it is handled under.</summary>
    public void LinkCongress(Guid congressId, int term)
    {
        CongressId = congressId;
        Term = term;
    }

    /// <summary>
    /// Who leads a new suggestion: committee staff name any deputy; a deputy leads their own, under the name their
    /// account carries, and a different deputy or an over-long name is refused, not ignored; nobody else drafts.
    /// </summary>
    public static Outcome<LeadDeputy> LeadFor(Actor actor, Guid? requestedId, string? requestedName)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsCommitteeStaff)
        {
            return requestedId is { } given && given != Guid.Empty
                ? Outcome<LeadDeputy>.Made(new LeadDeputy(given, requestedName))
                : Outcome<LeadDeputy>.Invalid("leadDeputyId", "请指定领衔代表。");
        }

        if (actor.DeputyId is not { } own)
        {
            return Outcome<LeadDeputy>.Forbidden("只有代表或人大常委会工作人员可以起草建议。");
        }

        if (requestedId is { } named && named != own)
        {
            return Outcome<LeadDeputy>.Invalid("leadDeputyId", "代表只能以本人身份领衔提出建议。");
        }

        return requestedName is { Length: > MaxLeadDeputyNameLength }
            ? Outcome<LeadDeputy>.Invalid("leadDeputyName", $"领衔代表姓名不能超过 {MaxLeadDeputyNameLength} 个字符。")
            : Outcome<LeadDeputy>.Made(new LeadDeputy(own, actor.Name));
    }

    /// <summary>
    /// Drafts a suggestion or motion for <paramref name="leadDeputyId"/>, or explains which fields break the rules. A
    /// motion may be drafted before the session; it is submitted only during one.
    /// </summary>
    public static Outcome<Suggestion> Draft(
        SuggestionKind kind,
        HandlingRules rules,
        string? title,
        string? body,
        string? category,
        string? divisionCode,
        Guid leadDeputyId,
        string? leadDeputyName,
        IReadOnlyList<Guid>? coSignerIds,
        Guid? congressId,
        int? term,
        Actor actor,
        DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var (cleanTitle, cleanBody, cleanCategory) = ValidateContent(title, body, category, errors);
        var cleanLeadDeputyName = Text.Optional(leadDeputyName, "leadDeputyName", "领衔代表姓名", MaxLeadDeputyNameLength, errors) ?? "";

        DivisionCodes.Require(divisionCode, errors);

        if (leadDeputyId == Guid.Empty)
        {
            errors.Add("leadDeputyId", "领衔代表不能为空。");
        }

        var coSigners = ValidateCoSigners(coSignerIds, leadDeputyId, errors);
        if (errors.Any)
        {
            return Outcome<Suggestion>.Invalid(errors);
        }

        var suggestion = new Suggestion
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            DuringSession = rules.InSession(now),
            Title = cleanTitle!,
            Body = cleanBody!,
            Category = cleanCategory,
            DivisionCode = divisionCode!,
            CongressId = congressId,
            Term = term,
            LeadDeputyId = leadDeputyId,
            LeadDeputyName = cleanLeadDeputyName,
            State = SuggestionState.Draft,
            CreatedAt = now,
        };
        suggestion._coSigners.AddRange(coSigners.Select(id => new CoSigner(id)));
        suggestion._history.Add(new HistoryEntry(1, "draft", null, SuggestionState.Draft, actor, null, now));
        return Outcome<Suggestion>.Made(suggestion);
    }

    /// <summary>
    /// A draft from a citizen opinion a deputy took up at a station, linked back to it; Stations hears the draft's id
    /// so the opinion links forward to it.
    /// </summary>
    public static Suggestion FromOpinion(
        Guid opinionId, string trackingCode, Guid deputyId, string deputyName, string divisionCode, string title, string body, string category, DateTimeOffset now)
    {
        var suggestion = new Suggestion
        {
            Id = Guid.CreateVersion7(),
            Kind = SuggestionKind.Suggestion,
            DuringSession = false,
            Title = Clip(string.IsNullOrWhiteSpace(title) ? "群众意见" : title.Trim(), MaxTitleLength),
            Body = Clip(string.IsNullOrWhiteSpace(body) ? title : body.Trim(), MaxBodyLength),
            Category = string.IsNullOrWhiteSpace(category) ? null : Clip(category.Trim(), MaxCategoryLength),
            DivisionCode = divisionCode,
            LeadDeputyId = deputyId,
            LeadDeputyName = Clip(deputyName.Trim(), MaxLeadDeputyNameLength),
            State = SuggestionState.Draft,
            CreatedAt = now,
            SourceOpinionId = opinionId,
            SourceTrackingCode = Clip(trackingCode, MaxTrackingCodeLength),
        };
        suggestion._history.Add(new HistoryEntry(1, "draft", null, SuggestionState.Draft, Actor.System, $"由群众意见 {trackingCode} 转为建议", now));
        suggestion.Raise(new SuggestionDraftedFromOpinion(opinionId, suggestion.Id, divisionCode, deputyId), now);
        return suggestion;
    }

    /// <summary>Edits a draft or a returned suggestion (lead deputy or committee staff).</summary>
    public Outcome Edit(string? title, string? body, string? category, IReadOnlyList<Guid>? coSignerIds, Actor actor)
    {
        if (State is not (SuggestionState.Draft or SuggestionState.Returned))
        {
            return Outcome.Illegal($"{State.Label()}的建议不能修改。");
        }

        if (!IsLeadDeputy(actor) && !actor.IsCommitteeStaff)
        {
            return Outcome.Forbidden("只有领衔代表可以修改建议。");
        }

        var errors = new DomainErrors();
        var (cleanTitle, cleanBody, cleanCategory) = ValidateContent(title, body, category, errors);
        var coSigners = ValidateCoSigners(coSignerIds, LeadDeputyId, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        Title = cleanTitle!;
        Body = cleanBody!;
        Category = cleanCategory;

        // Co-signers who stay keep their confirmation; new ones must confirm.
        _coSigners.RemoveAll(c => !coSigners.Contains(c.DeputyId));
        _coSigners.AddRange(coSigners.Where(id => _coSigners.All(c => c.DeputyId != id)).Select(id => new CoSigner(id)));
        return Outcome.Done;
    }

    /// <summary>Whether the draft may still be deleted by <paramref name="actor"/>.</summary>
    public Outcome CanDelete(Actor actor) =>
        State != SuggestionState.Draft ? Outcome.Illegal("只有草稿可以删除。")
        : !IsLeadDeputy(actor) && !actor.IsCommitteeStaff ? Outcome.Forbidden("只有领衔代表可以删除草稿。")
        : Outcome.Done;

    /// <summary>A listed co-signing deputy confirms (联名确认); only confirmed co-signers count.</summary>
    public Outcome Cosign(Actor actor, DateTimeOffset now)
    {
        if (State is not (SuggestionState.Draft or SuggestionState.Returned))
        {
            return Outcome.Illegal("建议已提交，不能再联名确认。");
        }

        var coSigner = _coSigners.FirstOrDefault(c => c.DeputyId == actor.DeputyId);
        if (coSigner is null)
        {
            return Outcome.Forbidden("您不在该建议的联名代表名单中。");
        }

        if (coSigner.ConfirmedAt is null)
        {
            coSigner.ConfirmedAt = now;
            _history.Add(new HistoryEntry(_history.Count + 1, "cosign", State, State, actor, null, now));
        }

        return Outcome.Done;
    }

    public Outcome Submit(Actor actor, HandlingRules rules, DateTimeOffset now)
    {
        if (!IsLegal(State, SuggestionOperation.Submit))
        {
            return IllegalTransition(SuggestionOperation.Submit);
        }

        if (!IsLeadDeputy(actor) && !actor.IsCommitteeStaff)
        {
            return Outcome.Forbidden("只有领衔代表可以提交建议。");
        }

        ArgumentNullException.ThrowIfNull(rules);
        var inSession = rules.InSession(now);
        if (Kind == SuggestionKind.Motion && !inSession)
        {
            return Outcome.Illegal("议案只能在人民代表大会会议期间提出，本届人大现在不在会期。");
        }

        var confirmed = _coSigners.Where(c => c.ConfirmedAt is not null).Select(c => c.DeputyId).ToList();
        if (Kind == SuggestionKind.Motion && confirmed.Count < rules.MotionMinimumCoSigners)
        {
            return Outcome.Illegal(
                $"议案须有至少 {rules.MotionMinimumCoSigners} 名代表联名并确认，目前已确认 {confirmed.Count} 名。");
        }

        SubmittedAt = now;
        DuringSession = inSession;
        ReturnReason = null;
        Transition(SuggestionOperation.Submit, SuggestionState.Submitted, actor, null, now);
        Raise(new SuggestionSubmitted(Id, Kind.Name(), Title, DivisionCode, LeadDeputyId, confirmed), now);
        return Outcome.Done;
    }

    /// <summary>Committee staff accept and classify the suggestion (立案/分类).</summary>
    public Outcome Accept(Actor actor, string? category, bool isKey, Guid? supervisingLeaderId, DateTimeOffset now)
    {
        if (!IsLegal(State, SuggestionOperation.Accept))
        {
            return IllegalTransition(SuggestionOperation.Accept);
        }

        if (!actor.IsCommitteeStaff)
        {
            return Outcome.Forbidden("只有人大常委会工作人员可以审核建议。");
        }

        var errors = new DomainErrors();
        var cleanCategory = category?.Trim();
        if (string.IsNullOrEmpty(cleanCategory))
        {
            errors.Add("category", "请选择建议分类。");
        }
        else if (cleanCategory.Length > MaxCategoryLength)
        {
            errors.Add("category", $"分类不能超过 {MaxCategoryLength} 个字符。");
        }

        if (isKey && (supervisingLeaderId is null || supervisingLeaderId == Guid.Empty))
        {
            errors.Add("supervisingLeaderId", "重点建议须指定督办领导。");
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        Category = cleanCategory;
        IsKey = isKey;
        SupervisingLeaderId = isKey ? supervisingLeaderId : supervisingLeaderId is { } id && id != Guid.Empty ? id : null;
        Transition(SuggestionOperation.Accept, SuggestionState.Accepted, actor, isKey ? $"分类：{Category}；重点建议" : $"分类：{Category}", now);
        return Outcome.Done;
    }

    /// <summary>Committee staff merge a duplicate into <paramref name="target"/> (并案).</summary>
    public Outcome MergeInto(Actor actor, Suggestion? target, string? reason, DateTimeOffset now)
    {
        if (!IsLegal(State, SuggestionOperation.Merge))
        {
            return IllegalTransition(SuggestionOperation.Merge);
        }

        if (!actor.IsCommitteeStaff)
        {
            return Outcome.Forbidden("只有人大常委会工作人员可以并案。");
        }

        if (target is null || target.Id == Id
            || target.State is SuggestionState.Draft or SuggestionState.Returned or SuggestionState.Merged)
        {
            return Outcome.Invalid("targetId", "请选择一件已提交且未被并案的其他建议作为主办件。");
        }

        var cleanReason = reason?.Trim() is { Length: > 0 } r ? r : null;
        if (cleanReason is { Length: > MaxTextLength })
        {
            return Outcome.Invalid("reason", $"并案理由不能超过 {MaxTextLength} 个字符。");
        }

        MergedIntoId = target.Id;
        ClosedAt = now;
        Transition(SuggestionOperation.Merge, SuggestionState.Merged, actor, cleanReason ?? $"并入建议 {target.Id}", now);
        return Outcome.Done;
    }

    /// <summary>Committee staff return the suggestion to the deputy with a reason (退回).</summary>
    public Outcome Return(Actor actor, string? reason, DateTimeOffset now)
    {
        if (!IsLegal(State, SuggestionOperation.Return))
        {
            return IllegalTransition(SuggestionOperation.Return);
        }

        if (!actor.IsCommitteeStaff)
        {
            return Outcome.Forbidden("只有人大常委会工作人员可以退回建议。");
        }

        if (RequiredText(reason, "reason", "请填写退回理由。") is { } invalid)
        {
            return invalid;
        }

        ReturnReason = reason!.Trim();
        Transition(SuggestionOperation.Return, SuggestionState.Returned, actor, ReturnReason, now);
        return Outcome.Done;
    }

    /// <summary>Committee staff assign (交办) to one lead unit and optional co-units; the deadline follows from the kind.</summary>
    public Outcome Assign(Actor actor, string? leadUnitCode, IReadOnlyList<string?>? coUnitCodes, HandlingRules rules, DateTimeOffset now)
    {
        if (!IsLegal(State, SuggestionOperation.Assign))
        {
            return IllegalTransition(SuggestionOperation.Assign);
        }

        if (!actor.IsCommitteeStaff)
        {
            return Outcome.Forbidden("只有人大常委会工作人员可以交办建议。");
        }

        var check = CheckUnitCodes(leadUnitCode, coUnitCodes);
        if (!check.Succeeded)
        {
            return check;
        }

        var lead = leadUnitCode!.Trim();
        var coUnits = coUnitCodes is null ? [] : coUnitCodes.Select(c => c!.Trim()).ToList();
        var days = Kind == SuggestionKind.Motion || DuringSession ? rules.SessionDeadlineDays : rules.InterimDeadlineDays;
        LeadUnitCode = lead;
        _coUnits.Clear();
        _coUnits.AddRange(coUnits.Select(code => new CoUnit(code)));
        AssignedAt = now;
        DueAt = now.AddDays(days);
        FirstDueAt = DueAt;
        Round = 1;
        var unitsText = coUnits.Count == 0 ? lead : $"{lead}（协办：{string.Join("、", coUnits)}）";
        Transition(SuggestionOperation.Assign, SuggestionState.Assigned, actor, $"交办 {unitsText}，{days} 日内答复", now);
        Raise(new SuggestionAssigned(Id, Title, DivisionCode, LeadDeputyId, lead, coUnits, DueAt.Value), now);
        Raise(new DeadlineSet(DeadlineItemKind, Id, Title, DivisionCode, lead, DueAt.Value), now);
        return Outcome.Done;
    }

    /// <summary>
    /// Checks the unit codes of an assignment on their own, before the registry is asked about them: one lead unit,
    /// at most <see cref="MaxCoUnits"/> distinct co-units, every code present and no longer than a unit code can be.
    /// </summary>
    public static Outcome CheckUnitCodes(string? leadUnitCode, IReadOnlyList<string?>? coUnitCodes)
    {
        var errors = new DomainErrors();
        var lead = leadUnitCode?.Trim();
        if (string.IsNullOrEmpty(lead))
        {
            errors.Add("leadUnitCode", "请指定主办单位。");
        }
        else if (lead.Length > HandlingUnit.MaxCodeLength)
        {
            errors.Add("leadUnitCode", $"单位代码不能超过 {HandlingUnit.MaxCodeLength} 个字符。");
        }

        var coUnits = coUnitCodes ?? [];
        if (coUnits.Count > MaxCoUnits)
        {
            errors.Add("coUnitCodes", $"协办单位不能超过 {MaxCoUnits} 个。");
            return Outcome.Invalid(errors);
        }

        for (var i = 0; i < coUnits.Count; i++)
        {
            var code = coUnits[i]?.Trim();
            if (string.IsNullOrEmpty(code))
            {
                errors.Add($"coUnitCodes[{i}]", "协办单位代码不能为空。");
            }
            else if (code.Length > HandlingUnit.MaxCodeLength)
            {
                errors.Add($"coUnitCodes[{i}]", $"单位代码不能超过 {HandlingUnit.MaxCodeLength} 个字符。");
            }
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        var trimmed = coUnits.Select(c => c!.Trim()).ToList();
        if (trimmed.Distinct(StringComparer.Ordinal).Count() != trimmed.Count || trimmed.Contains(lead!))
        {
            errors.Add("coUnitCodes", "协办单位不能重复，也不能与主办单位相同。");
        }

        return Outcome.From(errors);
    }

    /// <summary>A co-unit gives its opinion to the lead unit; the lead unit answers only after every co-unit did.</summary>
    public Outcome GiveOpinion(Actor actor, string? opinion, DateTimeOffset now)
    {
        if (!IsAwaitingAnswer)
        {
            return Outcome.Illegal($"{State.Label()}的建议不能再提交协办意见。");
        }

        var coUnit = _coUnits.FirstOrDefault(c => c.UnitCode == actor.UnitCode);
        if (coUnit is null)
        {
            return Outcome.Forbidden("只有协办单位可以提交协办意见。");
        }

        if (RequiredText(opinion, "opinion", "请填写协办意见。") is { } invalid)
        {
            return invalid;
        }

        coUnit.Opinion = opinion!.Trim();
        coUnit.OpinionAt = now;
        _history.Add(new HistoryEntry(_history.Count + 1, "opinion", State, State, actor, coUnit.Opinion, now));
        return Outcome.Done;
    }

    /// <summary>The lead unit records its contact with the deputy (沟通联系) before answering.</summary>
    public Outcome Contact(Actor actor, string? note, DateTimeOffset now)
    {
        if (!IsLegal(State, SuggestionOperation.Contact))
        {
            return IllegalTransition(SuggestionOperation.Contact);
        }

        if (!IsLeadUnit(actor))
        {
            return Outcome.Forbidden("只有主办单位可以登记与代表的沟通。");
        }

        if (RequiredText(note, "note", "请填写沟通情况。") is { } invalid)
        {
            return invalid;
        }

        ContactedAt = now;
        ContactNote = note!.Trim();
        Transition(SuggestionOperation.Contact, SuggestionState.Contacted, actor, ContactNote, now);
        return Outcome.Done;
    }

    /// <summary>The lead unit answers (答复) with a category; "cannot solve now" needs the reason.</summary>
    public Outcome Answer(Actor actor, string? category, string? content, string? reason, DateTimeOffset now)
    {
        if (!IsLegal(State, SuggestionOperation.Answer))
        {
            return IllegalTransition(SuggestionOperation.Answer);
        }

        if (!IsLeadUnit(actor))
        {
            return Outcome.Forbidden("只有主办单位可以答复。");
        }

        if (_coUnits.Any(c => c.OpinionAt is null))
        {
            return Outcome.Illegal("协办单位尚未全部提交协办意见，主办单位暂不能答复。");
        }

        var errors = new DomainErrors();
        if (!Wire.TryParseAnswerCategory(category, out var parsed))
        {
            errors.Add("category", "答复类型应为 solved（已解决）、being-solved（正在解决或列入计划）或 cannot-solve-now（暂时无法解决）。");
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            errors.Add("content", "请填写答复内容。");
        }
        else if (content.Trim().Length > MaxAnswerContentLength)
        {
            errors.Add("content", $"答复内容不能超过 {MaxAnswerContentLength} 个字符。");
        }

        var cleanReason = reason?.Trim() is { Length: > 0 } r ? r : null;
        if (cleanReason is { Length: > MaxTextLength })
        {
            errors.Add("reason", $"理由不能超过 {MaxTextLength} 个字符。");
        }
        else if (parsed == AnswerCategory.CannotSolveNow && !errors.Any && cleanReason is null)
        {
            errors.Add("reason", "暂时无法解决的，须说明理由。");
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        var onTime = now <= DueAt;
        _answers.Add(new Answer(Round, parsed, content!.Trim(), cleanReason, LeadUnitCode!, now, DueAt!.Value, onTime));
        Transition(SuggestionOperation.Answer, SuggestionState.Answered, actor, parsed.Label(), now);
        Raise(new SuggestionAnswered(Id, Title, DivisionCode, LeadDeputyId, LeadUnitCode!, parsed.Name(), Round, content.Trim(), SourceOpinionId), now);
        Raise(new DeadlineMet(DeadlineItemKind, Id), now);
        return Outcome.Done;
    }

    /// <summary>
    /// The lead deputy rates the answer. Satisfied or basically satisfied closes it (a "being solved" answer stays
    /// open for progress reports); unsatisfied sends it back for a second answer within a month, and a second
    /// unsatisfied escalates it to the supervising leader.
    /// </summary>
    public Outcome Rate(Actor actor, string? rating, string? comment, DateTimeOffset now)
    {
        if (!IsLegal(State, SuggestionOperation.Rate))
        {
            return IllegalTransition(SuggestionOperation.Rate);
        }

        if (!IsLeadDeputy(actor))
        {
            return Outcome.Forbidden("只有领衔代表可以评价答复。");
        }

        if (!Wire.TryParseRating(rating, out var parsed))
        {
            return Outcome.Invalid("rating", "评价应为 satisfied（满意）、basically-satisfied（基本满意）或 unsatisfied（不满意）。");
        }

        var cleanComment = comment?.Trim() is { Length: > 0 } c ? c : null;
        if (cleanComment is { Length: > MaxTextLength })
        {
            return Outcome.Invalid("comment", $"评价意见不能超过 {MaxTextLength} 个字符。");
        }

        _ratings.Add(new RatingEntry(Round, parsed, cleanComment, now));
        var escalated = false;
        if (parsed != Rating.Unsatisfied)
        {
            if (LatestAnswer!.Category == AnswerCategory.BeingSolved)
            {
                Transition(SuggestionOperation.Rate, SuggestionState.BeingSolved, actor, parsed.Label(), now);
            }
            else
            {
                ClosedAt = now;
                Transition(SuggestionOperation.Rate, SuggestionState.Closed, actor, parsed.Label(), now);
            }
        }
        else if (Round < 2)
        {
            Round = 2;
            DueAt = now.AddMonths(HandlingRules.SecondRoundDeadlineMonths);
            ContactedAt = null;
            ContactNote = null;
            Transition(SuggestionOperation.Rate, SuggestionState.Assigned, actor, cleanComment ?? "代表不满意，责令重新办理", now);
        }
        else
        {
            escalated = true;
            Transition(SuggestionOperation.Rate, SuggestionState.Escalated, actor, cleanComment ?? "代表再次不满意，提请督办领导督办", now);
        }

        Raise(new SuggestionRated(Id, Title, DivisionCode, LeadDeputyId, LeadUnitCode!, parsed.Name(), _ratings[^1].Round, escalated, SupervisingLeaderId, SourceOpinionId), now);
        if (State == SuggestionState.Assigned)
        {
            Raise(new DeadlineSet(DeadlineItemKind, Id, Title, DivisionCode, LeadUnitCode, DueAt!.Value), now);
        }

        return Outcome.Done;
    }

    /// <summary>The lead unit reports progress on a "being solved" suggestion; the report that says done closes it.</summary>
    public Outcome ReportProgress(Actor actor, string? note, bool done, DateTimeOffset now)
    {
        if (!IsLegal(State, SuggestionOperation.ReportProgress))
        {
            return IllegalTransition(SuggestionOperation.ReportProgress);
        }

        if (!IsLeadUnit(actor))
        {
            return Outcome.Forbidden("只有主办单位可以报告办理进展。");
        }

        if (RequiredText(note, "note", "请填写办理进展。") is { } invalid)
        {
            return invalid;
        }

        var clean = note!.Trim();
        _progress.Add(new ProgressReport(clean, done, now));
        if (done)
        {
            ClosedAt = now;
            Transition(SuggestionOperation.ReportProgress, SuggestionState.Closed, actor, clean, now);
        }
        else
        {
            _history.Add(new HistoryEntry(_history.Count + 1, "progress", State, State, actor, clean, now));
        }

        return Outcome.Done;
    }

    /// <summary>督办 (supervise) or 催办 (urge): the committee or the supervising leader presses the lead unit.</summary>
    public Outcome Press(SuggestionOperation operation, Actor actor, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (operation is not (SuggestionOperation.Supervise or SuggestionOperation.Urge))
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation, "督办或催办之外的操作。");
        }

        if (!IsLegal(State, operation))
        {
            return IllegalTransition(operation);
        }

        if (!IsSupervisor(actor))
        {
            return Outcome.Forbidden("只有人大常委会工作人员或督办领导可以督办、催办。");
        }

        if (RequiredText(note, "note", operation == SuggestionOperation.Supervise ? "请填写督办意见。" : "请填写催办事项。") is { } invalid)
        {
            return invalid;
        }

        var clean = note!.Trim();
        var action = operation == SuggestionOperation.Supervise ? "supervise" : "urge";
        _history.Add(new HistoryEntry(_history.Count + 1, action, State, State, actor, clean, now));
        Raise(new SuggestionSupervised(Id, Title, DivisionCode, LeadUnitCode!, action, clean, actor.Name, DueAt), now);
        return Outcome.Done;
    }

    /// <summary>
    /// The answer of the current round is overdue: the staff of the division and the supervising leader of a key
    /// suggestion are told, once a round (a background check calls this on the service's clock).
    /// </summary>
    public Outcome EscalateOverdue(DateTimeOffset now)
    {
        if (!IsLegal(State, SuggestionOperation.EscalateOverdue) || !IsOverdue(now))
        {
            return Outcome.Illegal("建议未超期，无需超期督办。");
        }

        if (OverdueEscalatedRound == Round)
        {
            return Outcome.Illegal("本轮办理的超期已提请督办。");
        }

        OverdueEscalatedRound = Round;
        _history.Add(new HistoryEntry(_history.Count + 1, "overdue-escalation", State, State, Actor.System, "超期未答复，已提请常委会工作机构和督办领导督办", now));
        Raise(new SuggestionOverdueEscalated(Id, Title, DivisionCode, LeadUnitCode!, Round, DueAt!.Value, IsKey, SupervisingLeaderId), now);
        return Outcome.Done;
    }

    /// <summary>The supervising leader of a key suggestion records their own supervision: a visit, a meeting or a note (领办).</summary>
    public Outcome RecordLeaderSupervision(Actor actor, string? kind, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsLegal(State, SuggestionOperation.LeaderSupervision))
        {
            return IllegalTransition(SuggestionOperation.LeaderSupervision);
        }

        if (!IsKey || SupervisingLeaderId is not { } leader || actor.AccountId != leader)
        {
            return Outcome.Forbidden("只有重点建议的督办领导可以登记领办情况。");
        }

        var errors = new DomainErrors();
        if (kind is null || !LeaderSupervisionKinds.ContainsKey(kind))
        {
            errors.Add("kind", "领办方式应为 visit（走访）、meeting（座谈）或 note（批示）。");
        }

        Text.Required(note, "note", "领办情况", MaxTextLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        _history.Add(new HistoryEntry(_history.Count + 1, $"leader-{kind}", State, State, actor, $"{LeaderSupervisionKinds[kind!]}：{note!.Trim()}", now));
        return Outcome.Done;
    }

    /// <summary>After escalation, the leader or the committee orders a further handling round, due in <paramref name="days"/> days.</summary>
    public Outcome Rehandle(Actor actor, int? days, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsLegal(State, SuggestionOperation.Rehandle))
        {
            return IllegalTransition(SuggestionOperation.Rehandle);
        }

        if (!IsSupervisor(actor))
        {
            return Outcome.Forbidden("只有人大常委会工作人员或督办领导可以决定再次办理。");
        }

        var errors = new DomainErrors();
        if (days is not { } d || d < MinRehandleDays || d > MaxRehandleDays)
        {
            errors.Add("days", $"再次办理期限应为 {MinRehandleDays} 至 {MaxRehandleDays} 天。");
        }

        var cleanReason = Text.Required(reason, "reason", "督办意见", MaxTextLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        Round++;
        DueAt = now.AddDays(days!.Value);
        ContactedAt = null;
        ContactNote = null;
        Transition(SuggestionOperation.Rehandle, SuggestionState.Assigned, actor, $"第 {Round} 轮办理，{days} 日内答复：{cleanReason}", now);
        Raise(new SuggestionSupervised(Id, Title, DivisionCode, LeadUnitCode!, "rehandle", cleanReason!, actor.Name, DueAt), now);
        Raise(new DeadlineSet(DeadlineItemKind, Id, Title, DivisionCode, LeadUnitCode, DueAt.Value), now);
        return Outcome.Done;
    }

    /// <summary>After escalation, a joint supervision meeting (联合督办) is held; its outcome goes to the unit.</summary>
    public Outcome HoldJointMeeting(Actor actor, string? outcome, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsLegal(State, SuggestionOperation.HoldJointMeeting))
        {
            return IllegalTransition(SuggestionOperation.HoldJointMeeting);
        }

        if (!IsSupervisor(actor))
        {
            return Outcome.Forbidden("只有人大常委会工作人员或督办领导可以组织联合督办。");
        }

        if (RequiredText(outcome, "outcome", "请填写联合督办会议的结果。") is { } invalid)
        {
            return invalid;
        }

        var clean = outcome!.Trim();
        Transition(SuggestionOperation.HoldJointMeeting, SuggestionState.JointSupervision, actor, $"联合督办：{clean}", now);
        Raise(new SuggestionSupervised(Id, Title, DivisionCode, LeadUnitCode!, "joint-meeting", clean, actor.Name, null), now);
        return Outcome.Done;
    }

    /// <summary>After escalation, the leader or the committee closes the suggestion with a written conclusion.</summary>
    public Outcome Conclude(Actor actor, string? conclusion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsLegal(State, SuggestionOperation.Conclude))
        {
            return IllegalTransition(SuggestionOperation.Conclude);
        }

        if (!IsSupervisor(actor))
        {
            return Outcome.Forbidden("只有人大常委会工作人员或督办领导可以作出督办结论。");
        }

        if (RequiredText(conclusion, "conclusion", "请填写书面督办结论。") is { } invalid)
        {
            return invalid;
        }

        Conclusion = conclusion!.Trim();
        ClosedAt = now;
        Transition(SuggestionOperation.Conclude, SuggestionState.Closed, actor, $"督办结论：{Conclusion}", now);
        return Outcome.Done;
    }

    public bool IsLeadDeputy(Actor actor) => actor.DeputyId is { } id && id == LeadDeputyId;

    /// <summary>Committee staff, or the suggestion's supervising leader.</summary>
    public bool IsSupervisor(Actor actor) =>
        actor.IsCommitteeStaff || (SupervisingLeaderId is { } leader && actor.AccountId == leader);

    public bool IsLeadUnit(Actor actor) => actor.UnitCode is { } code && code == LeadUnitCode;

    private static Outcome IllegalTransition(SuggestionOperation operation) =>
        Outcome.Illegal($"当前状态不允许执行“{OperationLabel(operation)}”。");

    private static string OperationLabel(SuggestionOperation operation) => operation switch
    {
        SuggestionOperation.Submit => "提交",
        SuggestionOperation.Accept => "审核立案",
        SuggestionOperation.Merge => "并案",
        SuggestionOperation.Return => "退回",
        SuggestionOperation.Assign => "交办",
        SuggestionOperation.Contact => "沟通联系",
        SuggestionOperation.Answer => "答复",
        SuggestionOperation.Rate => "评价",
        SuggestionOperation.ReportProgress => "报告进展",
        SuggestionOperation.Supervise => "督办",
        SuggestionOperation.Urge => "催办",
        SuggestionOperation.EscalateOverdue => "超期督办",
        SuggestionOperation.LeaderSupervision => "领导领办",
        SuggestionOperation.Rehandle => "再次办理",
        SuggestionOperation.HoldJointMeeting => "联合督办",
        _ => "督办结论",
    };

    private void Transition(SuggestionOperation operation, SuggestionState to, Actor actor, string? reason, DateTimeOffset now)
    {
        var from = State;
        State = to;
        _history.Add(new HistoryEntry(_history.Count + 1, operation.ToString().ToLowerInvariant(), from, to, actor, reason, now));
        Raise(new SuggestionStateChanged(Id, DivisionCode, from.Name(), to.Name(), actor.AccountId, reason), now);
    }

    private void Raise(IntegrationEvent integrationEvent, DateTimeOffset now) => Raise(integrationEvent with { OccurredAt = now });

    private static Expression<Func<Suggestion, TArg, bool>> WithAwaitingAnswer<TArg>(Expression<Func<Suggestion, TArg, bool>> rule) =>
        Expression.Lambda<Func<Suggestion, TArg, bool>>(
            Expression.AndAlso(RuleExpressions.Apply(AwaitingAnswerRule, rule.Parameters[0]), rule.Body), rule.Parameters);

    private static Expression<Func<Suggestion, TArg1, TArg2, bool>> WithAwaitingAnswer<TArg1, TArg2>(Expression<Func<Suggestion, TArg1, TArg2, bool>> rule) =>
        Expression.Lambda<Func<Suggestion, TArg1, TArg2, bool>>(
            Expression.AndAlso(RuleExpressions.Apply(AwaitingAnswerRule, rule.Parameters[0]), rule.Body), rule.Parameters);

    private static (string? Title, string? Body, string? Category) ValidateContent(string? title, string? body, string? category, DomainErrors errors) => (
        Text.Required(title, "title", "标题", MaxTitleLength, errors),
        Text.Required(body, "body", "正文", MaxBodyLength, errors),
        Text.Optional(category, "category", "分类", MaxCategoryLength, errors));

    private static HashSet<Guid> ValidateCoSigners(IReadOnlyList<Guid>? coSignerIds, Guid leadDeputyId, DomainErrors errors)
    {
        var list = coSignerIds ?? [];
        if (list.Count > MaxCoSigners)
        {
            errors.Add("coSignerIds", $"联名代表不能超过 {MaxCoSigners} 名。");
        }
        else if (list.Contains(Guid.Empty))
        {
            errors.Add("coSignerIds", "联名代表编号无效。");
        }
        else if (list.Contains(leadDeputyId))
        {
            errors.Add("coSignerIds", "领衔代表不能同时作为联名代表。");
        }
        else if (list.Distinct().Count() != list.Count)
        {
            errors.Add("coSignerIds", "联名代表不能重复。");
        }

        return [.. list];
    }

    private static Outcome? RequiredText(string? value, string field, string message) =>
        string.IsNullOrWhiteSpace(value) ? Outcome.Invalid(field, message)
        : value.Trim().Length > MaxTextLength ? Outcome.Invalid(field, $"内容不能超过 {MaxTextLength} 个字符。")
        : null;

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
