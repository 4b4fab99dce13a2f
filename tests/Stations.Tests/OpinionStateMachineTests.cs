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

        Assert.True(opinion.RaiseAsSuggestion(Deputy, "关于老旧小区改造的建议", new Actor(Deputy, "王志强", "deputy"), Now).Succeeded);

        var raised = Assert.IsType<OpinionRaisedAsSuggestion>(Assert.Single(opinion.PendingEvents));
        Assert.Equal((opinion.Id, Deputy, "关于老旧小区改造的建议", "城乡建设"), (raised.OpinionId, raised.DeputyId, raised.Title, raised.Category));
        Assert.Equal(OpinionStatus.RaisedAsSuggestion, opinion.Status);
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
    public void The_table_allows_exactly_the_five_step_loop()
    {
        Assert.Equal(9, Opinion.Transitions.Count);
        Assert.True(Opinion.CanApply(OpinionStatus.Registered, OpinionAction.Sort));
        Assert.False(Opinion.CanApply(OpinionStatus.Registered, OpinionAction.SendToUnit));
        Assert.False(Opinion.CanApply(OpinionStatus.Rated, OpinionAction.Rate));
        Assert.False(Opinion.CanApply(OpinionStatus.Answered, OpinionAction.RecordFeedback));
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
            new OpinionRegistration(OpinionChannel.PhotoReport, "411302001", null, Deputy, null, "路面塌陷", null, null, null,
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
            new OpinionRegistration(OpinionChannel.PhotoReport, "411302001", null, Deputy, null, "路面塌陷", null, null, null, [new ImageUpload("image/png", tooLarge)]),
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
            new OpinionRegistration(OpinionChannel.Visit, "411302001", null, Deputy, "王志强", "路灯不亮", "刘建华", "138 1234 1234", null, null),
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
            case OpinionStatus.RaisedAsSuggestion:
                opinion.RaiseAsSuggestion(Deputy, null, Staff, Now);
                break;
            case OpinionStatus.Answered or OpinionStatus.Rated:
                opinion.SettleLocally("已处理", Staff, Now);
                opinion.RecordFeedback("已解决", Staff, Now);
                if (status == OpinionStatus.Rated)
                {
                    opinion.Rate(5, null, Now);
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
        OpinionAction.RaiseAsSuggestion => opinion.RaiseAsSuggestion(Deputy, null, Staff, Now),
        OpinionAction.RecordFeedback => opinion.RecordFeedback("已解决", Staff, Now),
        _ => opinion.Rate(5, null, Now),
    };
}
