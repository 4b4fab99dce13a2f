using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Tests;

/// <summary>The five-step loop's rules, without servers.</summary>
public sealed class OpinionStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 8, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = new(Guid.NewGuid(), "工作人员甲", "station-staff");
    private static readonly Guid Deputy = Guid.NewGuid();

    [Fact]
    public void A_registered_opinion_gets_an_unguessable_tracking_code_and_a_first_step()
    {
        var opinion = Register();

        Assert.Equal(OpinionStatus.Registered, opinion.Status);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{12}$", opinion.TrackingCode);
        Assert.NotEqual(opinion.TrackingCode, Register().TrackingCode);
        var step = Assert.Single(opinion.Steps);
        Assert.Equal((OpinionStatus.Registered, "工作人员甲", Now), (step.Status, step.ActorName, step.At));
    }

    [Fact]
    public void The_loop_through_a_handling_unit_sets_and_meets_a_deadline_and_ends_rated()
    {
        var opinion = Register();

        Assert.True(opinion.Sort("交通出行", HandlingLevel.County, Staff, Now.AddHours(1)).Succeeded);
        Assert.True(opinion.SendToUnit("411302-ZJJ", Now.AddDays(30), Staff, Now.AddHours(2)).Succeeded);
        var deadline = Assert.IsType<DeadlineSet>(Assert.Single(opinion.PendingEvents));
        Assert.Equal(("opinion", opinion.Id, "411302-ZJJ"), (deadline.ItemKind, deadline.ItemId, deadline.UnitCode));
        opinion.ClearPendingEvents();

        Assert.True(opinion.RecordFeedback("已修复。", new Actor(null, "住建局", "handling-unit"), Now.AddDays(3)).Succeeded);
        var answered = Assert.IsType<OpinionAnswered>(opinion.PendingEvents.First());
        Assert.True(answered.CitizenGavePhone);
        Assert.Contains(opinion.PendingEvents, e => e is DeadlineMet { ItemKind: "opinion" } met && met.ItemId == opinion.Id);

        Assert.True(opinion.Rate(5, "满意", Now.AddDays(4)).Succeeded);
        Assert.Equal(OpinionStatus.Rated, opinion.Status);
        Assert.Equal(
            [OpinionStatus.Registered, OpinionStatus.Sorted, OpinionStatus.SentToUnit, OpinionStatus.Answered, OpinionStatus.Rated],
            opinion.Steps.Select(step => step.Status));
        Assert.Equal("住建局", opinion.Steps[3].ActorName);
    }

    [Fact]
    public void Raising_as_a_suggestion_publishes_the_event_Suggestions_consumes()
    {
        var opinion = Register();
        opinion.Sort("城乡建设", HandlingLevel.City, Staff, Now);

        Assert.True(opinion.RaiseAsSuggestion(Deputy, "王志强", "关于老旧小区改造的建议", new Actor(Deputy, "王志强", "deputy"), Now).Succeeded);

        var raised = Assert.IsType<OpinionRaisedAsSuggestion>(Assert.Single(opinion.PendingEvents));
        Assert.Equal((opinion.Id, Deputy, "王志强", "关于老旧小区改造的建议", "城乡建设"), (raised.OpinionId, raised.DeputyId, raised.DeputyName, raised.Title, raised.Category));
        Assert.Equal(OpinionStatus.RaisedAsSuggestion, opinion.Status);
    }

    [Fact]
    public void A_suggestion_without_a_lead_deputy_name_is_bad_input()
    {
        var opinion = InState(OpinionStatus.Sorted);

        var outcome = opinion.RaiseAsSuggestion(Deputy, " ", null, Staff, Now);

        Assert.True(outcome.Errors!.ByField.ContainsKey("deputyName"));
        Assert.Equal(OpinionStatus.Sorted, opinion.Status);
    }

    [Fact]
    public void The_suggestions_answer_becomes_the_citizens_feedback_and_the_deputys_acceptance_lets_the_citizen_rate()
    {
        var opinion = InState(OpinionStatus.RaisedAsSuggestion);
        var suggestionId = Guid.NewGuid();
        Assert.True(opinion.LinkSuggestion(suggestionId, Now).Succeeded);
        Assert.True(opinion.LinkSuggestion(suggestionId, Now).Succeeded);
        opinion.ClearPendingEvents();

        Assert.True(opinion.RecordSuggestionAnswer("已列入明年道路改造计划。", 1, Now.AddDays(20)).Succeeded);

        Assert.Equal((OpinionStatus.SuggestionAnswered, suggestionId, "已列入明年道路改造计划。"), (opinion.Status, opinion.SuggestionId, opinion.Answer));
        var answered = Assert.IsType<OpinionAnswered>(Assert.Single(opinion.PendingEvents));
        Assert.Equal((Deputy, true, "已列入明年道路改造计划。"), (answered.DeputyId, answered.CitizenGavePhone, answered.Answer));
        Assert.NotNull(opinion.Rate(5, null, Now.AddDays(21)).Conflict);

        Assert.True(opinion.RecordSuggestionRating("satisfied", Now.AddDays(22)).Succeeded);
        Assert.Equal(OpinionStatus.Answered, opinion.Status);
        Assert.True(opinion.Rate(5, null, Now.AddDays(23)).Succeeded);
        Assert.Equal(
            [OpinionStatus.Registered, OpinionStatus.Sorted, OpinionStatus.RaisedAsSuggestion, OpinionStatus.RaisedAsSuggestion,
                OpinionStatus.SuggestionAnswered, OpinionStatus.Answered, OpinionStatus.Rated],
            opinion.Steps.Select(step => step.Status));
    }

    [Fact]
    public void An_unsatisfied_deputy_has_the_opinion_wait_for_the_units_second_answer()
    {
        var opinion = InState(OpinionStatus.SuggestionAnswered);

        Assert.True(opinion.RecordSuggestionRating("unsatisfied", Now.AddDays(1)).Succeeded);
        Assert.Equal(OpinionStatus.RaisedAsSuggestion, opinion.Status);

        Assert.True(opinion.RecordSuggestionAnswer("已完成整修。", 2, Now.AddDays(10)).Succeeded);
        Assert.Equal((OpinionStatus.SuggestionAnswered, "已完成整修。"), (opinion.Status, opinion.Answer));
    }

    [Fact]
    public void A_suggestion_answer_longer_than_an_opinion_answer_is_kept_to_its_length()
    {
        var opinion = InState(OpinionStatus.RaisedAsSuggestion);

        Assert.True(opinion.RecordSuggestionAnswer(new string('答', Opinion.MaxAnswerLength + 100), 1, Now).Succeeded);

        Assert.Equal(Opinion.MaxAnswerLength, opinion.Answer!.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_low_first_rating_reopens_the_opinion_for_a_second_round_whose_rating_is_final(int score)
    {
        var opinion = InState(OpinionStatus.Answered);

        Assert.True(opinion.Rate(score, "没有解决", Now.AddDays(1)).Succeeded);
        Assert.Equal(OpinionStatus.Reopened, opinion.Status);
        Assert.True(opinion.IsOpen);
        Assert.True(opinion.WasRatedUnsatisfied);
        Assert.Equal(Now.AddDays(1), opinion.ReopenedAt);

        Assert.True(opinion.SendToUnit("411302-ZJJ", Now.AddDays(30), Staff, Now.AddDays(2)).Succeeded);
        Assert.True(opinion.RecordFeedback("已重新施工。", Staff, Now.AddDays(5)).Succeeded);
        Assert.True(opinion.Rate(score, "仍不满意", Now.AddDays(6)).Succeeded);
        Assert.Equal(OpinionStatus.Rated, opinion.Status);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void A_rating_of_three_or_more_closes_the_loop(int score)
    {
        var opinion = InState(OpinionStatus.Answered);

        Assert.True(opinion.Rate(score, null, Now).Succeeded);

        Assert.Equal((OpinionStatus.Rated, false), (opinion.Status, opinion.WasRatedUnsatisfied));
        Assert.Null(opinion.ReopenedAt);
    }

    [Fact]
    public void Settling_locally_then_feedback_goes_to_the_addressed_deputy_without_a_deadline_event()
    {
        var opinion = Register();
        opinion.Sort("社会治理", HandlingLevel.Village, Staff, Now);
        opinion.SettleLocally("社区已协调。", Staff, Now);

        Assert.True(opinion.RecordFeedback("已协调解决。", Staff, Now).Succeeded);

        var answered = Assert.IsType<OpinionAnswered>(Assert.Single(opinion.PendingEvents));
        Assert.Equal(Deputy, answered.DeputyId);
    }

    public static TheoryData<OpinionStatus, OpinionAction> IllegalTransitions()
    {
        var data = new TheoryData<OpinionStatus, OpinionAction>();
        foreach (var status in Enum.GetValues<OpinionStatus>())
        {
            foreach (var action in Enum.GetValues<OpinionAction>())
            {
                if (!Opinion.CanApply(status, action))
                {
                    data.Add(status, action);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Every_transition_outside_the_table_is_refused_and_changes_nothing(OpinionStatus from, OpinionAction action)
    {
        var opinion = InState(from);
        var steps = opinion.Steps.Count;
        opinion.ClearPendingEvents();

        var outcome = Apply(opinion, action);

        Assert.NotNull(outcome.Conflict);
        Assert.Equal(from, opinion.Status);
        Assert.Equal(steps, opinion.Steps.Count);
        Assert.Empty(opinion.PendingEvents);
    }

    [Fact]
    public void The_table_allows_exactly_the_five_step_loop_with_its_suggestion_and_second_round_paths()
    {
        Assert.Equal(15, Opinion.Transitions.Count);
        Assert.True(Opinion.CanApply(OpinionStatus.Registered, OpinionAction.Sort));
        Assert.False(Opinion.CanApply(OpinionStatus.Registered, OpinionAction.SendToUnit));
        Assert.False(Opinion.CanApply(OpinionStatus.Rated, OpinionAction.Rate));
        Assert.False(Opinion.CanApply(OpinionStatus.Answered, OpinionAction.RecordFeedback));
        Assert.False(Opinion.CanApply(OpinionStatus.RaisedAsSuggestion, OpinionAction.RecordFeedback));
        Assert.False(Opinion.CanApply(OpinionStatus.Reopened, OpinionAction.RaiseAsSuggestion));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(null)]
    public void A_rating_outside_one_to_five_is_bad_input(int? score)
    {
        var opinion = InState(OpinionStatus.Answered);

        var outcome = opinion.Rate(score, null, Now);

        Assert.True(outcome.Errors!.ByField.ContainsKey("score"));
        Assert.Equal(OpinionStatus.Answered, opinion.Status);
    }

    [Fact]
    public void A_deadline_in_the_past_is_bad_input()
    {
        var opinion = InState(OpinionStatus.Sorted);

        var outcome = opinion.SendToUnit("411302-ZJJ", Now.AddDays(-1), Staff, Now);

        Assert.True(outcome.Errors!.ByField.ContainsKey("dueAt"));
        Assert.Equal(OpinionStatus.Sorted, opinion.Status);
    }

    [Fact]
    public void A_photo_report_checks_the_type_and_size_of_each_image()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var errors = Opinion.Register(
            new OpinionRegistration(OpinionChannel.PhotoReport, "411302001", null, Deputy, null, "路面塌陷", null, null, null, null,
            [
                new ImageUpload("image/png", png),
                new ImageUpload("image/gif", [0x47, 0x49, 0x46]),
                new ImageUpload("image/jpeg", png),
            ]),
            Actor.Citizen,
            Now).Errors!;

        Assert.False(errors.ByField.ContainsKey("images[0]"));
        Assert.True(errors.ByField.ContainsKey("images[1]"));
        Assert.True(errors.ByField.ContainsKey("images[2]"));

        var tooLarge = new byte[Opinion.MaxImageBytes + 1];
        png.CopyTo(tooLarge, 0);
        var tooLargeOutcome = Opinion.Register(
            new OpinionRegistration(OpinionChannel.PhotoReport, "411302001", null, Deputy, null, "路面塌陷", null, null, null, null, [new ImageUpload("image/png", tooLarge)]),
            Actor.Citizen,
            Now);
        Assert.Null(tooLargeOutcome.Value);
        Assert.True(tooLargeOutcome.Errors!.ByField.ContainsKey("images[0]"));
    }

    [Fact]
    public void Id_numbers_and_names_are_masked()
    {
        Assert.Equal("4113**********1234", PersonalData.MaskIdNumber("411302199001011234"));
        Assert.Equal("刘**", PersonalData.MaskName("刘建华"));
    }

    private static Opinion Register()
    {
        var registered = Opinion.Register(
            new OpinionRegistration(OpinionChannel.Visit, "411302001", null, Deputy, "王志强", "路灯不亮", null, "刘建华", "138 1234 1234", null, null),
            Staff,
            Now);
        Assert.True(registered.Succeeded);
        return registered.Value!.Opinion;
    }

    private static Opinion InState(OpinionStatus status)
    {
        var opinion = Register();
        if (status == OpinionStatus.Registered)
        {
            return opinion;
        }

        opinion.Sort("交通出行", HandlingLevel.Township, Staff, Now);
        switch (status)
        {
            case OpinionStatus.SettledLocally:
                opinion.SettleLocally("已处理", Staff, Now);
                break;
            case OpinionStatus.SentToUnit:
                opinion.SendToUnit("411302-ZJJ", Now.AddDays(10), Staff, Now);
                break;
            case OpinionStatus.RaisedAsSuggestion or OpinionStatus.SuggestionAnswered:
                opinion.RaiseAsSuggestion(Deputy, "王志强", null, Staff, Now);
                if (status == OpinionStatus.SuggestionAnswered)
                {
                    opinion.RecordSuggestionAnswer("已答复", 1, Now);
                }

                break;
            case OpinionStatus.Answered or OpinionStatus.Rated or OpinionStatus.Reopened:
                opinion.SettleLocally("已处理", Staff, Now);
                opinion.RecordFeedback("已解决", Staff, Now);
                if (status != OpinionStatus.Answered)
                {
                    opinion.Rate(status == OpinionStatus.Rated ? 5 : 1, null, Now);
                }

                break;
        }

        Assert.Equal(status, opinion.Status);
        return opinion;
    }

    private static Outcome Apply(Opinion opinion, OpinionAction action) => action switch
    {
        OpinionAction.Sort => opinion.Sort("交通出行", HandlingLevel.Township, Staff, Now),
        OpinionAction.SettleLocally => opinion.SettleLocally("已处理", Staff, Now),
        OpinionAction.SendToUnit => opinion.SendToUnit("411302-ZJJ", Now.AddDays(10), Staff, Now),
        OpinionAction.RaiseAsSuggestion => opinion.RaiseAsSuggestion(Deputy, "王志强", null, Staff, Now),
        OpinionAction.RecordFeedback => opinion.RecordFeedback("已解决", Staff, Now),
        OpinionAction.LinkSuggestion => opinion.LinkSuggestion(Guid.NewGuid(), Now),
        OpinionAction.RecordSuggestionAnswer => opinion.RecordSuggestionAnswer("已答复", 1, Now),
        OpinionAction.RecordSuggestionRejected => opinion.RecordSuggestionRating(Opinion.UnsatisfiedSuggestionRating, Now),
        OpinionAction.ConcludeSuggestion => opinion.RecordSuggestionRating("satisfied", Now),
        OpinionAction.RateUnsatisfied => opinion.Rate(1, null, Now),
        _ => opinion.Rate(5, null, Now),
    };
}
