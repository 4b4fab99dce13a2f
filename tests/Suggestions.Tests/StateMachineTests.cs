using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Primitives;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Tests;

/// <summary>The suggestion state machine on its own: every legal and every illegal transition, and the rules of each step.</summary>
public sealed class StateMachineTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 5, 1, 0, 0, TimeSpan.Zero);
    private static readonly Guid DeputyId = Guid.CreateVersion7();
    private static readonly Actor Deputy = new(Guid.CreateVersion7(), "李秀英", DeputyId: DeputyId);
    private static readonly Actor Staff = new(Guid.CreateVersion7(), "工委", IsCommitteeStaff: true);
    private static readonly Actor Unit = new(Guid.CreateVersion7(), "住建局", UnitCode: "411302-ZJJ");
    private static readonly Actor CoUnitActor = new(Guid.CreateVersion7(), "卫健委", UnitCode: "411302-WJW");

    /// <summary>The default rules of a congress whose session runs over <see cref="Start"/> (China dates).</summary>
    private static readonly HandlingRules InSession = HandlingRules.Default with
    {
        Sessions = [new CongressSession(3, ChinaTime.DateOf(Start).AddDays(-1), ChinaTime.DateOf(Start).AddDays(2))],
    };

    private static readonly Dictionary<SuggestionOperation, SuggestionState> TargetOf = new()
    {
        [SuggestionOperation.Submit] = SuggestionState.Submitted,
        [SuggestionOperation.Accept] = SuggestionState.Accepted,
        [SuggestionOperation.Merge] = SuggestionState.Merged,
        [SuggestionOperation.Return] = SuggestionState.Returned,
        [SuggestionOperation.Assign] = SuggestionState.Assigned,
        [SuggestionOperation.Contact] = SuggestionState.Contacted,
        [SuggestionOperation.Answer] = SuggestionState.Answered,
        [SuggestionOperation.Rate] = SuggestionState.Closed,
        [SuggestionOperation.ReportProgress] = SuggestionState.Closed,
        [SuggestionOperation.Rehandle] = SuggestionState.Assigned,
        [SuggestionOperation.HoldJointMeeting] = SuggestionState.JointSupervision,
        [SuggestionOperation.Conclude] = SuggestionState.Closed,
    };

    private static readonly (SuggestionState From, SuggestionOperation Operation)[] LegalTransitions =
    [
        (SuggestionState.Draft, SuggestionOperation.Submit),
        (SuggestionState.Returned, SuggestionOperation.Submit),
        (SuggestionState.Submitted, SuggestionOperation.Accept),
        (SuggestionState.Submitted, SuggestionOperation.Merge),
        (SuggestionState.Submitted, SuggestionOperation.Return),
        (SuggestionState.Accepted, SuggestionOperation.Assign),
        (SuggestionState.Assigned, SuggestionOperation.Contact),
        (SuggestionState.Contacted, SuggestionOperation.Answer),
        (SuggestionState.Answered, SuggestionOperation.Rate),
        (SuggestionState.BeingSolved, SuggestionOperation.ReportProgress),
        (SuggestionState.Escalated, SuggestionOperation.Rehandle),
        (SuggestionState.Escalated, SuggestionOperation.HoldJointMeeting),
        (SuggestionState.Escalated, SuggestionOperation.Conclude),
        (SuggestionState.JointSupervision, SuggestionOperation.Rehandle),
        (SuggestionState.JointSupervision, SuggestionOperation.HoldJointMeeting),
        (SuggestionState.JointSupervision, SuggestionOperation.Conclude),
    ];

    /// <summary>Supervision steps that stay in the state they find: recorded in the history, no state change.</summary>
    private static readonly (SuggestionState State, SuggestionOperation Operation)[] LegalInPlace =
    [
        .. new[] { SuggestionState.Assigned, SuggestionState.Contacted, SuggestionState.BeingSolved }
            .SelectMany(state => new[] { (state, SuggestionOperation.Supervise), (state, SuggestionOperation.Urge) }),
        (SuggestionState.Assigned, SuggestionOperation.EscalateOverdue),
        (SuggestionState.Contacted, SuggestionOperation.EscalateOverdue),
        .. new[]
        {
            SuggestionState.Accepted, SuggestionState.Assigned, SuggestionState.Contacted, SuggestionState.Answered, SuggestionState.BeingSolved,
            SuggestionState.Escalated, SuggestionState.JointSupervision,
        }.Select(state => (state, SuggestionOperation.LeaderSupervision)),
    ];

    private static readonly Guid LeaderId = Guid.CreateVersion7();
    private static readonly Actor Leader = new(LeaderId, "分管副主任");

    public static TheoryData<SuggestionState, SuggestionOperation> Legal()
    {
        var data = new TheoryData<SuggestionState, SuggestionOperation>();
        foreach (var (from, operation) in LegalTransitions)
        {
            data.Add(from, operation);
        }

        return data;
    }

    public static TheoryData<SuggestionState, SuggestionOperation> Illegal()
    {
        var data = new TheoryData<SuggestionState, SuggestionOperation>();
        foreach (var state in Enum.GetValues<SuggestionState>())
        {
            foreach (var operation in Enum.GetValues<SuggestionOperation>())
            {
                if (!LegalTransitions.Contains((state, operation)) && !LegalInPlace.Contains((state, operation)))
                {
                    data.Add(state, operation);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Legal))]
    public void Legal_transition_moves_to_its_target_records_history_and_publishes_the_state_change(SuggestionState from, SuggestionOperation operation)
    {
        var suggestion = InState(from);
        var historyBefore = suggestion.History.Count;
        suggestion.ClearPendingEvents();

        var result = Attempt(suggestion, operation);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(TargetOf[operation], suggestion.State);
        Assert.Equal(historyBefore + 1, suggestion.History.Count);
        var entry = suggestion.History[^1];
        Assert.Equal(from, entry.From);
        Assert.Equal(TargetOf[operation], entry.To);
        var changed = Assert.Single(suggestion.PendingEvents.OfType<SuggestionStateChanged>());
        Assert.Equal(from.Name(), changed.From);
        Assert.Equal(TargetOf[operation].Name(), changed.To);
        Assert.Equal(suggestion.Id, changed.SuggestionId);
    }

    public static TheoryData<SuggestionState, SuggestionOperation> InPlace()
    {
        var data = new TheoryData<SuggestionState, SuggestionOperation>();
        foreach (var (state, operation) in LegalInPlace)
        {
            data.Add(state, operation);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InPlace))]
    public void Supervision_step_stays_in_its_state_and_is_recorded_in_the_history(SuggestionState state, SuggestionOperation operation)
    {
        var suggestion = InState(state);
        var historyBefore = suggestion.History.Count;
        suggestion.ClearPendingEvents();

        var result = Attempt(suggestion, operation);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(state, suggestion.State);
        Assert.Equal(historyBefore + 1, suggestion.History.Count);
        Assert.Equal((state, state), (suggestion.History[^1].From, suggestion.History[^1].To));
        Assert.Empty(suggestion.PendingEvents.OfType<SuggestionStateChanged>());
    }

    [Theory]
    [MemberData(nameof(Illegal))]
    public void Illegal_transition_is_a_conflict_and_changes_nothing(SuggestionState from, SuggestionOperation operation)
    {
        var suggestion = InState(from);
        var historyBefore = suggestion.History.Count;
        var roundBefore = suggestion.Round;
        var dueBefore = suggestion.DueAt;
        var answersBefore = suggestion.Answers.Count;
        var ratingsBefore = suggestion.Ratings.Count;
        suggestion.ClearPendingEvents();

        var result = Attempt(suggestion, operation);

        AssertIllegal(result);
        Assert.Equal(from, suggestion.State);
        Assert.Equal(historyBefore, suggestion.History.Count);
        Assert.Equal(roundBefore, suggestion.Round);
        Assert.Equal(dueBefore, suggestion.DueAt);
        Assert.Equal(answersBefore, suggestion.Answers.Count);
        Assert.Equal(ratingsBefore, suggestion.Ratings.Count);
        Assert.Empty(suggestion.PendingEvents);
    }

    [Fact]
    public void Satisfied_rating_of_a_being_solved_answer_stays_open_until_progress_reports_done()
    {
        var suggestion = InState(SuggestionState.Contacted);
        Assert.True(suggestion.Answer(Unit, "being-solved", "已列入明年计划", null, Start.AddDays(20)).Succeeded);
        Assert.True(suggestion.Rate(Deputy, "basically-satisfied", null, Start.AddDays(21)).Succeeded);
        Assert.Equal(SuggestionState.BeingSolved, suggestion.State);

        Assert.True(suggestion.ReportProgress(Unit, "已完成招标", done: false, Start.AddDays(40)).Succeeded);
        Assert.Equal(SuggestionState.BeingSolved, suggestion.State);
        Assert.True(suggestion.ReportProgress(Unit, "工程完工", done: true, Start.AddDays(90)).Succeeded);
        Assert.Equal(SuggestionState.Closed, suggestion.State);
        Assert.Equal(2, suggestion.ProgressReports.Count);
    }

    [Fact]
    public void A_draft_from_an_opinion_names_its_lead_deputy_and_tells_Stations_of_its_answer_and_rating()
    {
        var opinionId = Guid.CreateVersion7();
        var suggestion = Suggestion.FromOpinion(opinionId, "QM2026ABCD", DeputyId, "李秀英", "411302", "路灯不亮", "居民反映夜间出行不便", "城乡建设", Start);

        Assert.Equal("李秀英", suggestion.LeadDeputyName);
        var drafted = Assert.IsType<SuggestionDraftedFromOpinion>(Assert.Single(suggestion.PendingEvents));
        Assert.Equal((opinionId, suggestion.Id, DeputyId), (drafted.OpinionId, drafted.SuggestionId, drafted.LeadDeputyId));

        Assert.True(suggestion.Submit(Deputy, HandlingRules.Default, Start).Succeeded);
        Assert.True(suggestion.Accept(Staff, "城乡建设", isKey: false, null, Start).Succeeded);
        Assert.True(suggestion.Assign(Staff, "411302-ZJJ", [], HandlingRules.Default, Start).Succeeded);
        Assert.True(suggestion.Contact(Unit, "电话沟通", Start.AddDays(1)).Succeeded);
        suggestion.ClearPendingEvents();
        Assert.True(suggestion.Answer(Unit, "solved", "  路灯已更换。 ", null, Start.AddDays(10)).Succeeded);
        Assert.True(suggestion.Rate(Deputy, "satisfied", null, Start.AddDays(11)).Succeeded);

        var answered = Assert.Single(suggestion.PendingEvents.OfType<SuggestionAnswered>());
        Assert.Equal(("路灯已更换。", opinionId), (answered.Content, answered.SourceOpinionId));
        Assert.Equal(opinionId, Assert.Single(suggestion.PendingEvents.OfType<SuggestionRated>()).SourceOpinionId);
    }

    [Fact]
    public void Unsatisfied_sends_it_back_for_a_second_answer_within_a_month_and_a_second_unsatisfied_escalates()
    {
        var leader = Guid.CreateVersion7();
        var suggestion = InState(SuggestionState.Submitted);
        Assert.True(suggestion.Accept(Staff, "城乡建设", isKey: true, leader, Start).Succeeded);
        Assert.True(suggestion.Assign(Staff, "411302-ZJJ", [], HandlingRules.Default, Start).Succeeded);
        Assert.True(suggestion.Contact(Unit, "电话沟通", Start.AddDays(1)).Succeeded);
        Assert.True(suggestion.Answer(Unit, "solved", "已解决", null, Start.AddDays(10)).Succeeded);
        suggestion.ClearPendingEvents();

        var firstRating = Start.AddDays(12);
        Assert.True(suggestion.Rate(Deputy, "unsatisfied", "没有解决", firstRating).Succeeded);
        Assert.Equal(SuggestionState.Assigned, suggestion.State);
        Assert.Equal(2, suggestion.Round);
        Assert.Equal(firstRating.AddMonths(1), suggestion.DueAt);
        var rated = Assert.Single(suggestion.PendingEvents.OfType<SuggestionRated>());
        Assert.False(rated.Escalated);
        Assert.Equal(firstRating.AddMonths(1), Assert.Single(suggestion.PendingEvents.OfType<DeadlineSet>()).DueAt);

        Assert.True(suggestion.Contact(Unit, "再次沟通", Start.AddDays(13)).Succeeded);
        Assert.True(suggestion.Answer(Unit, "solved", "重新办理", null, Start.AddDays(20)).Succeeded);
        Assert.Equal(2, suggestion.Answers[^1].Round);
        suggestion.ClearPendingEvents();
        Assert.True(suggestion.Rate(Deputy, "unsatisfied", "仍不满意", Start.AddDays(21)).Succeeded);

        Assert.Equal(SuggestionState.Escalated, suggestion.State);
        var escalated = Assert.Single(suggestion.PendingEvents.OfType<SuggestionRated>());
        Assert.True(escalated.Escalated);
        Assert.Equal(2, escalated.Round);
        Assert.Equal(leader, escalated.SupervisingLeaderId);
    }

    [Theory]
    [InlineData(true, 90)]
    [InlineData(false, 30)]
    public void Deadline_follows_from_the_kind_ninety_days_in_session_thirty_days_between_sessions(bool duringSession, int days)
    {
        var suggestion = Accepted(SuggestionKind.Suggestion, duringSession);
        Assert.True(suggestion.Assign(Staff, "411302-ZJJ", [], HandlingRules.Default, Start).Succeeded);
        Assert.Equal(Start.AddDays(days), suggestion.DueAt);
        var deadline = Assert.Single(suggestion.PendingEvents.OfType<DeadlineSet>());
        Assert.Equal(("suggestion", "411302-ZJJ", Start.AddDays(days)), (deadline.ItemKind, deadline.UnitCode, deadline.DueAt));
        Assert.Single(suggestion.PendingEvents.OfType<SuggestionAssigned>());
    }

    [Fact]
    public void Deadline_days_of_the_congress_apply_to_a_suggestion_made_between_sessions()
    {
        var suggestion = Accepted(SuggestionKind.Suggestion, duringSession: false);
        Assert.True(suggestion.Assign(Staff, "411302-ZJJ", [], new HandlingRules(10, 120, 45, []), Start).Succeeded);
        Assert.Equal(Start.AddDays(45), suggestion.DueAt);
    }

    [Fact]
    public void Motion_needs_the_minimum_of_confirmed_co_signers()
    {
        var coSigners = Enumerable.Range(0, 10).Select(_ => Guid.CreateVersion7()).ToList();
        var motion = Suggestion.Draft(SuggestionKind.Motion, InSession, "关于制定条例的议案", "正文", null, "411302", DeputyId, "李秀英", coSigners, null, null, Deputy, Start).Value;
        foreach (var id in coSigners.Take(9))
        {
            Assert.True(motion!.Cosign(new Actor(Guid.CreateVersion7(), "代表", DeputyId: id), Start).Succeeded);
        }

        // Nine of ten listed co-signers confirmed: the tenth listed but unconfirmed does not count.
        var refused = motion!.Submit(Deputy, InSession, Start);
        AssertIllegal(refused);
        Assert.Equal(SuggestionState.Draft, motion.State);
        Assert.True(motion.Submit(Deputy, InSession with { MotionMinimumCoSigners = 9 }, Start).Succeeded);

        var second = Suggestion.Draft(SuggestionKind.Motion, InSession, "议案", "正文", null, "411302", DeputyId, "李秀英", coSigners, null, null, Deputy, Start).Value;
        foreach (var id in coSigners)
        {
            second!.Cosign(new Actor(Guid.CreateVersion7(), "代表", DeputyId: id), Start);
        }

        Assert.True(second!.Submit(Deputy, InSession, Start).Succeeded);
        Assert.Equal(10, Assert.Single(second.PendingEvents.OfType<SuggestionSubmitted>()).CoSignerDeputyIds.Count);
    }

    [Fact]
    public void Only_listed_co_signers_may_confirm()
    {
        var suggestion = Suggestion.Draft(SuggestionKind.Suggestion, HandlingRules.Default, "标题", "正文", null, "411302", DeputyId, "李秀英", [Guid.CreateVersion7()], null, null, Deputy, Start).Value;
        Assert.NotNull(suggestion!.Cosign(new Actor(Guid.CreateVersion7(), "他人", DeputyId: Guid.CreateVersion7()), Start).Denial);
    }

    [Fact]
    public void Lead_unit_answers_only_after_every_co_unit_gave_its_opinion()
    {
        var suggestion = Accepted(SuggestionKind.Suggestion, true);
        Assert.True(suggestion.Assign(Staff, "411302-ZJJ", ["411302-WJW"], HandlingRules.Default, Start).Succeeded);
        Assert.True(suggestion.Contact(Unit, "沟通", Start).Succeeded);

        AssertIllegal(suggestion.Answer(Unit, "solved", "答复", null, Start));
        Assert.NotNull(suggestion.GiveOpinion(Unit, "意见", Start).Denial);
        Assert.True(suggestion.GiveOpinion(CoUnitActor, "同意主办单位意见", Start).Succeeded);
        Assert.True(suggestion.Answer(Unit, "solved", "答复", null, Start).Succeeded);
    }

    [Fact]
    public void A_deputy_leads_only_their_own_suggestion_staff_name_the_lead_and_nobody_else_drafts()
    {
        Assert.Equal(new LeadDeputy(DeputyId, "李秀英"), Suggestion.LeadFor(Deputy, null, "别的名字").Value);
        Assert.True(Suggestion.LeadFor(Deputy, Guid.CreateVersion7(), null).Errors!.ByField.ContainsKey("leadDeputyId"));
        Assert.True(Suggestion.LeadFor(Deputy, DeputyId, new string('名', Suggestion.MaxLeadDeputyNameLength + 1)).Errors!.ByField.ContainsKey("leadDeputyName"));
        Assert.Equal(new LeadDeputy(DeputyId, "李秀英"), Suggestion.LeadFor(Staff, DeputyId, "李秀英").Value);
        Assert.True(Suggestion.LeadFor(Staff, null, null).Errors!.ByField.ContainsKey("leadDeputyId"));
        Assert.NotNull(Suggestion.LeadFor(Unit, DeputyId, null).Denial);
    }

    [Fact]
    public void Only_the_right_actor_may_perform_each_step()
    {
        var other = new Actor(Guid.CreateVersion7(), "交通局", UnitCode: "411300-JTJ");
        var submitted = InState(SuggestionState.Submitted);
        Assert.NotNull(submitted.Accept(Deputy, "交通", false, null, Start).Denial);
        var assigned = InState(SuggestionState.Assigned);
        Assert.NotNull(assigned.Contact(other, "沟通", Start).Denial);
        var answered = InState(SuggestionState.Answered);
        Assert.NotNull(answered.Rate(new Actor(Guid.CreateVersion7(), "他人", DeputyId: Guid.CreateVersion7()), "satisfied", null, Start).Denial);
        Assert.Equal(SuggestionState.Answered, answered.State);
    }

    [Fact]
    public void Bad_input_names_the_field()
    {
        var draft = Suggestion.Draft(SuggestionKind.Suggestion, HandlingRules.Default, " ", "", null, "41130", DeputyId, "", null, null, null, Deputy, Start);
        Assert.Null(draft.Value);
        Assert.Equal(["body", "divisionCode", "title"], draft.Errors!.ByField.Keys.Order());

        Assert.Equal("category", Assert.Single(InState(SuggestionState.Submitted).Accept(Staff, "", false, null, Start).Errors!.ByField.Keys));
        Assert.Equal("supervisingLeaderId", Assert.Single(InState(SuggestionState.Submitted).Accept(Staff, "交通", true, null, Start).Errors!.ByField.Keys));
        Assert.Equal("reason", Assert.Single(InState(SuggestionState.Submitted).Return(Staff, " ", Start).Errors!.ByField.Keys));
        Assert.Equal("leadUnitCode", Assert.Single(InState(SuggestionState.Accepted).Assign(Staff, null, [], HandlingRules.Default, Start).Errors!.ByField.Keys));
        Assert.Equal("reason", Assert.Single(InState(SuggestionState.Contacted).Answer(Unit, "cannot-solve-now", "暂无资金", null, Start).Errors!.ByField.Keys));
        Assert.Equal("category", Assert.Single(InState(SuggestionState.Contacted).Answer(Unit, "done", "内容", null, Start).Errors!.ByField.Keys));
        Assert.Equal("rating", Assert.Single(InState(SuggestionState.Answered).Rate(Deputy, "great", null, Start).Errors!.ByField.Keys));
        Assert.Equal("targetId", Assert.Single(InState(SuggestionState.Submitted).MergeInto(Staff, InState(SuggestionState.Draft), null, Start).Errors!.ByField.Keys));
    }

    [Fact]
    public void Answer_after_the_deadline_is_not_on_time()
    {
        var suggestion = InState(SuggestionState.Contacted);
        Assert.True(suggestion.Answer(Unit, "solved", "答复", null, suggestion.DueAt!.Value.AddSeconds(1)).Succeeded);
        Assert.False(suggestion.Answers[^1].OnTime);
        Assert.Single(suggestion.PendingEvents.OfType<DeadlineMet>());
        Assert.Single(suggestion.PendingEvents.OfType<SuggestionAnswered>());
    }

    private static Suggestion Accepted(SuggestionKind kind, bool duringSession)
    {
        var rules = duringSession ? InSession : HandlingRules.Default;
        var suggestion = Suggestion.Draft(kind, rules, "关于增设公交站的建议", "正文", null, "411302", DeputyId, "李秀英", null, null, null, Deputy, Start).Value;
        suggestion!.Submit(Deputy, rules, Start);
        suggestion.Accept(Staff, "城乡建设", false, null, Start);
        suggestion.ClearPendingEvents();
        return suggestion;
    }

    [Fact]
    public void After_escalation_a_further_round_has_a_new_deadline_and_another_unsatisfied_escalates_again()
    {
        var suggestion = InState(SuggestionState.Escalated);
        var decidedAt = Start.AddDays(20);
        suggestion.ClearPendingEvents();

        Assert.True(suggestion.Rehandle(Leader, 45, "责成再次办理", decidedAt).Succeeded);

        Assert.Equal((SuggestionState.Assigned, 3, decidedAt.AddDays(45)), (suggestion.State, suggestion.Round, suggestion.DueAt));
        Assert.Equal(decidedAt.AddDays(45), Assert.Single(suggestion.PendingEvents.OfType<DeadlineSet>()).DueAt);
        var supervised = Assert.Single(suggestion.PendingEvents.OfType<SuggestionSupervised>());
        Assert.Equal(("rehandle", "411302-ZJJ", "分管副主任"), (supervised.Action, supervised.LeadUnitCode, supervised.ActorName));

        Check(suggestion.Contact(Unit, "第三次沟通", decidedAt.AddDays(1)));
        Check(suggestion.Answer(Unit, "solved", "第三次答复", null, decidedAt.AddDays(10)));
        Assert.Equal(3, suggestion.Answers[^1].Round);
        Check(suggestion.Rate(Deputy, "unsatisfied", null, decidedAt.AddDays(11)));
        Assert.Equal(SuggestionState.Escalated, suggestion.State);
        Assert.True(suggestion.Rehandle(Staff, 30, "再次责成办理", decidedAt.AddDays(12)).Succeeded);
        Assert.Equal(4, suggestion.Round);
    }

    [Fact]
    public void A_joint_meeting_and_a_written_conclusion_close_it_with_every_step_in_the_history()
    {
        var suggestion = InState(SuggestionState.Escalated);
        suggestion.ClearPendingEvents();

        Check(suggestion.HoldJointMeeting(Staff, "住建局、财政局和街道商定分两期实施", Start.AddDays(20)));
        Assert.Equal("joint-meeting", Assert.Single(suggestion.PendingEvents.OfType<SuggestionSupervised>()).Action);
        Check(suggestion.RecordLeaderSupervision(Leader, "meeting", "主持召开现场推进会", Start.AddDays(25)));
        Check(suggestion.Conclude(Leader, "已列入明年财政预算，限期完成", Start.AddDays(30)));

        Assert.Equal((SuggestionState.Closed, "已列入明年财政预算，限期完成", Start.AddDays(30)), (suggestion.State, suggestion.Conclusion, suggestion.ClosedAt));
        Assert.Equal(
            ["rate", "holdjointmeeting", "leader-meeting", "conclude"],
            suggestion.History.Skip(suggestion.History.Count - 4).Select(entry => entry.Action));
    }

    [Fact]
    public void Only_staff_or_the_supervising_leader_decide_after_escalation_and_bad_input_names_the_field()
    {
        var suggestion = InState(SuggestionState.Escalated);
        Assert.NotNull(suggestion.Rehandle(Deputy, 30, "理由", Start).Denial);
        Assert.NotNull(suggestion.Conclude(Unit, "结论", Start).Denial);
        Assert.NotNull(suggestion.HoldJointMeeting(new Actor(Guid.CreateVersion7(), "他人"), "结果", Start).Denial);
        Assert.Equal(["days", "reason"], suggestion.Rehandle(Leader, 0, " ", Start).Errors!.ByField.Keys.Order());
        Assert.Equal("days", Assert.Single(suggestion.Rehandle(Leader, Suggestion.MaxRehandleDays + 1, "理由", Start).Errors!.ByField.Keys));
        Assert.Equal("outcome", Assert.Single(suggestion.HoldJointMeeting(Leader, "", Start).Errors!.ByField.Keys));
        Assert.Equal("conclusion", Assert.Single(suggestion.Conclude(Leader, null, Start).Errors!.ByField.Keys));
        Assert.Equal(SuggestionState.Escalated, suggestion.State);
    }

    [Fact]
    public void Supervise_and_urge_go_to_the_lead_unit_only_from_staff_or_the_leader()
    {
        var suggestion = InState(SuggestionState.Assigned);
        suggestion.ClearPendingEvents();
        Assert.NotNull(suggestion.Press(SuggestionOperation.Urge, Unit, "快点", Start).Denial);
        Assert.Equal("note", Assert.Single(suggestion.Press(SuggestionOperation.Supervise, Staff, " ", Start).Errors!.ByField.Keys));

        Check(suggestion.Press(SuggestionOperation.Supervise, Staff, "请月底前拿出方案", Start));
        Check(suggestion.Press(SuggestionOperation.Urge, Leader, "请抓紧答复", Start));

        var events = suggestion.PendingEvents.OfType<SuggestionSupervised>().ToList();
        Assert.Equal(["supervise", "urge"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(("411302-ZJJ", suggestion.DueAt), (e.LeadUnitCode, e.DueAt)));
        Assert.Equal(["supervise", "urge"], suggestion.History.TakeLast(2).Select(entry => entry.Action));
    }

    [Fact]
    public void An_overdue_answer_is_escalated_once_a_round_and_again_when_the_next_round_is_overdue()
    {
        var suggestion = InState(SuggestionState.Assigned);
        var due = suggestion.DueAt!.Value;
        AssertIllegal(suggestion.EscalateOverdue(due));
        suggestion.ClearPendingEvents();

        Check(suggestion.EscalateOverdue(due.AddSeconds(1)));
        AssertIllegal(suggestion.EscalateOverdue(due.AddDays(2)));
        var escalated = Assert.Single(suggestion.PendingEvents.OfType<SuggestionOverdueEscalated>());
        Assert.Equal((1, due, true, (Guid?)LeaderId), (escalated.Round, escalated.DueAt, escalated.IsKey, escalated.SupervisingLeaderId));
        Assert.True(Suggestion.OverdueToEscalate(due.AddSeconds(1)).Compile()(InState(SuggestionState.Assigned)));
        Assert.False(Suggestion.OverdueToEscalate(due.AddSeconds(1)).Compile()(suggestion));

        Check(suggestion.Contact(Unit, "沟通", due.AddDays(3)));
        Check(suggestion.Answer(Unit, "solved", "答复", null, due.AddDays(4)));
        Check(suggestion.Rate(Deputy, "unsatisfied", null, due.AddDays(5)));
        Assert.True(Suggestion.OverdueToEscalate(suggestion.DueAt!.Value.AddSeconds(1)).Compile()(suggestion));
        Check(suggestion.EscalateOverdue(suggestion.DueAt!.Value.AddSeconds(1)));
        Assert.Equal(2, suggestion.OverdueEscalatedRound);
    }

    [Fact]
    public void Only_the_leader_of_a_key_suggestion_records_leader_supervision()
    {
        var suggestion = InState(SuggestionState.Assigned);
        Assert.NotNull(suggestion.RecordLeaderSupervision(Staff, "visit", "走访", Start).Denial);
        Assert.Equal("kind", Assert.Single(suggestion.RecordLeaderSupervision(Leader, "lunch", "走访", Start).Errors!.ByField.Keys));
        Check(suggestion.RecordLeaderSupervision(Leader, "note", "批示：限期解决", Start));
        Assert.Equal(("leader-note", "领办批示：批示：限期解决"), (suggestion.History[^1].Action, suggestion.History[^1].Reason));

        var ordinary = Suggestion.Draft(SuggestionKind.Suggestion, HandlingRules.Default, "标题", "正文", null, "411302", DeputyId, "李秀英", null, null, null, Deputy, Start).Value!;
        Check(ordinary.Submit(Deputy, HandlingRules.Default, Start));
        Check(ordinary.Accept(Staff, "城乡建设", false, LeaderId, Start));
        Assert.NotNull(ordinary.RecordLeaderSupervision(Leader, "visit", "走访", Start).Denial);
    }

    /// <summary>A suggestion driven into <paramref name="state"/> through legal operations only.</summary>
    internal static Suggestion InState(SuggestionState state)
    {
        var suggestion = Suggestion.Draft(SuggestionKind.Suggestion, HandlingRules.Default, "关于增设公交站的建议", "正文", null, "411302", DeputyId, "李秀英", null, null, null, Deputy, Start).Value;
        var s = suggestion!;
        var target = InState2(s, state);
        Assert.Equal(state, target.State);
        return target;
    }

    private static Suggestion InState2(Suggestion s, SuggestionState state)
    {
        if (state == SuggestionState.Draft)
        {
            return s;
        }

        Check(s.Submit(Deputy, HandlingRules.Default, Start));
        switch (state)
        {
            case SuggestionState.Submitted:
                return s;
            case SuggestionState.Returned:
                Check(s.Return(Staff, "内容不具体", Start));
                return s;
            case SuggestionState.Merged:
                var main = InState(SuggestionState.Submitted);
                Check(s.MergeInto(Staff, main, "重复", Start));
                return s;
        }

        Check(s.Accept(Staff, "城乡建设", true, LeaderId, Start));
        if (state == SuggestionState.Accepted)
        {
            return s;
        }

        Check(s.Assign(Staff, "411302-ZJJ", [], HandlingRules.Default, Start));
        if (state == SuggestionState.Assigned)
        {
            return s;
        }

        Check(s.Contact(Unit, "沟通", Start.AddDays(1)));
        if (state == SuggestionState.Contacted)
        {
            return s;
        }

        Check(s.Answer(Unit, state == SuggestionState.BeingSolved ? "being-solved" : "solved", "答复", null, Start.AddDays(10)));
        if (state == SuggestionState.Answered)
        {
            return s;
        }

        if (state is SuggestionState.Escalated or SuggestionState.JointSupervision)
        {
            Check(s.Rate(Deputy, "unsatisfied", null, Start.AddDays(11)));
            Check(s.Contact(Unit, "再沟通", Start.AddDays(12)));
            Check(s.Answer(Unit, "solved", "再答复", null, Start.AddDays(13)));
            Check(s.Rate(Deputy, "unsatisfied", null, Start.AddDays(14)));
            if (state == SuggestionState.JointSupervision)
            {
                Check(s.HoldJointMeeting(Leader, "责成住建局会同街道制定整改方案", Start.AddDays(15)));
            }

            return s;
        }

        Check(s.Rate(Deputy, "satisfied", null, Start.AddDays(11)));
        return s;
    }

    /// <summary>Performs <paramref name="operation"/> as the actor allowed to, with valid input.</summary>
    private static Outcome Attempt(Suggestion s, SuggestionOperation operation)
    {
        var at = Start.AddDays(30);
        return operation switch
        {
            SuggestionOperation.Submit => s.Submit(Deputy, HandlingRules.Default, at),
            SuggestionOperation.Accept => s.Accept(Staff, "城乡建设", false, null, at),
            SuggestionOperation.Merge => s.MergeInto(Staff, InState(SuggestionState.Submitted), "重复建议", at),
            SuggestionOperation.Return => s.Return(Staff, "请补充材料", at),
            SuggestionOperation.Assign => s.Assign(Staff, "411302-ZJJ", [], HandlingRules.Default, at),
            SuggestionOperation.Contact => s.Contact(Unit, "沟通", at),
            SuggestionOperation.Answer => s.Answer(Unit, "solved", "已解决", null, at),
            SuggestionOperation.Rate => s.Rate(Deputy, "satisfied", null, at),
            SuggestionOperation.ReportProgress => s.ReportProgress(Unit, "完工", done: true, at),
            SuggestionOperation.Supervise => s.Press(operation, Staff, "请于本月底前拿出解决方案", at),
            SuggestionOperation.Urge => s.Press(operation, Leader, "请抓紧答复", at),
            SuggestionOperation.EscalateOverdue => s.EscalateOverdue((s.DueAt ?? at).AddDays(1)),
            SuggestionOperation.LeaderSupervision => s.RecordLeaderSupervision(Leader, "visit", "到现场查看道路改造进度", at),
            SuggestionOperation.Rehandle => s.Rehandle(Leader, 30, "再给一个月，务必解决", at),
            SuggestionOperation.HoldJointMeeting => s.HoldJointMeeting(Staff, "各方商定分两期实施", at),
            _ => s.Conclude(Leader, "经联合督办，已明确解决时限，办结", at),
        };
    }

    private static void Check(Outcome result) => Assert.True(result.Succeeded, Describe(result));

    private static string Describe(Outcome result) => result.Conflict ?? result.Denial ?? string.Join(";", result.Errors?.ByField.Keys ?? []);

    /// <summary>Refused because the state does not allow it (409), not because of the actor (403).</summary>
    private static void AssertIllegal(Outcome result)
    {
        Assert.NotNull(result.Conflict);
        Assert.Null(result.Denial);
    }
}
