using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Contracts.Voting;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Domain.Rules;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>The rules and schedules on their own, without servers.</summary>
public sealed class DomainRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero); // 10:00 in China

    [Fact]
    public void Deputy_registered_goes_to_the_committee_staff_of_that_division()
    {
        var message = Assert.Single(new DeputyRegisteredRule().Plan(new DeputyRegistered(Guid.NewGuid(), "李秀英", "411302")));
        Assert.Equal("role:committee-staff@411302", message.Recipient.ToString());
        Assert.Contains("李秀英", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestion_assigned_goes_to_the_lead_unit_and_each_co_unit_once()
    {
        var messages = new SuggestionAssignedRule().Plan(new SuggestionAssigned(
            Guid.NewGuid(), "关于修缮道路的建议", "411302", Guid.NewGuid(), "411302-ZJJ", ["411300-JTJ", "411300-JTJ", "411302-ZJJ"], Now.AddMonths(3)));
        Assert.Equal(["unit:411302-ZJJ", "unit:411300-JTJ"], messages.Select(m => m.Recipient.ToString()));
        Assert.Contains("主办", messages[0].Body, StringComparison.Ordinal);
        Assert.Contains("协办", messages[1].Body, StringComparison.Ordinal);
        Assert.Contains("2026年6月10日", messages[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestion_answered_goes_to_the_lead_deputy_with_the_category_in_chinese()
    {
        var deputy = Guid.NewGuid();
        var message = Assert.Single(new SuggestionAnsweredRule().Plan(new SuggestionAnswered(
            Guid.NewGuid(), "关于修缮道路的建议", "411302", deputy, "411302-ZJJ", "being-solved", 1)));
        Assert.Equal($"deputy:{deputy}", message.Recipient.ToString());
        Assert.Contains("正在解决或列入计划解决", message.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("satisfied", false, 0)]
    [InlineData("basically-satisfied", false, 0)]
    [InlineData("unsatisfied", false, 1)]
    [InlineData("unsatisfied", true, 2)]
    public void Only_an_unsatisfied_rating_notifies_the_unit_and_an_escalation_the_leader(string rating, bool escalated, int expected)
    {
        var leader = Guid.NewGuid();
        var messages = new SuggestionRatedRule().Plan(new SuggestionRated(
            Guid.NewGuid(), "建议", "411302", Guid.NewGuid(), "411302-ZJJ", rating, 2, escalated, leader));
        Assert.Equal(expected, messages.Count);
        if (expected > 0)
        {
            Assert.Equal("unit:411302-ZJJ", messages[0].Recipient.ToString());
        }

        if (expected > 1)
        {
            Assert.Equal($"account:{leader}", messages[1].Recipient.ToString());
            Assert.Equal(MessageKinds.SuggestionEscalated, messages[1].Kind);
        }
    }

    [Fact]
    public void Opinion_answered_texts_the_citizen_by_the_opinion_and_tells_the_deputy()
    {
        var deputy = Guid.NewGuid();
        var opinion = Guid.NewGuid();
        var messages = new OpinionAnsweredRule().Plan(new OpinionAnswered(opinion, "QK7H2M", "411302001", deputy, CitizenGavePhone: true, "路灯已修复。"));
        Assert.Equal(2, messages.Count);
        Assert.Equal($"citizen:{opinion}", messages[0].Recipient.ToString());
        Assert.Contains("QK7H2M", messages[0].Body, StringComparison.Ordinal);
        Assert.Equal($"deputy:{deputy}", messages[1].Recipient.ToString());

        var anonymous = new OpinionAnsweredRule().Plan(new OpinionAnswered(Guid.NewGuid(), "QK7H2N", "411302001", null, CitizenGavePhone: false, "已办理。"));
        Assert.Empty(anonymous);
    }

    [Fact]
    public void Vote_opened_goes_to_every_eligible_deputy_once()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var messages = new VoteOpenedRule().Plan(new VoteOpened(
            Guid.NewGuid(), "project-vote", "2027年民生实事项目", Guid.NewGuid(), "411300", [a, b, a], Now.AddDays(1)));
        Assert.Equal([$"deputy:{a}", $"deputy:{b}"], messages.Select(m => m.Recipient.ToString()));
        Assert.Contains("民生实事项目票决", messages[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_far_ahead_gets_due_soon_due_today_and_overdue_reminders()
    {
        var due = new DateTimeOffset(2026, 4, 30, 9, 0, 0, TimeSpan.Zero); // 17:00 in China
        var reminders = Reminder.ForDeadline(Guid.NewGuid(), "suggestion", Guid.NewGuid(), "建议", "411302", "411302-ZJJ", due, Now);
        Assert.Equal([ReminderStages.DueSoon, ReminderStages.DueToday, ReminderStages.Overdue], reminders.Select(r => r.Stage));
        Assert.Equal(due.AddDays(-7), reminders[0].FireAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 0, 0, 0, TimeSpan.Zero), reminders[1].FireAt); // 08:00 in China
        Assert.Equal(due, reminders[2].FireAt);
    }

    [Fact]
    public void A_late_deadline_skips_the_stages_that_no_longer_make_sense()
    {
        var soon = Reminder.ForDeadline(Guid.NewGuid(), "opinion", Guid.NewGuid(), "意见", "411302", null, Now.AddDays(3), Now);
        Assert.Equal([ReminderStages.DueSoon, ReminderStages.DueToday, ReminderStages.Overdue], soon.Select(r => r.Stage));
        Assert.True(soon[0].FireAt <= Now);

        var past = Reminder.ForDeadline(Guid.NewGuid(), "opinion", Guid.NewGuid(), "意见", "411302", null, Now.AddDays(-1), Now);
        Assert.Equal(ReminderStages.Overdue, Assert.Single(past).Stage);
    }

    [Fact]
    public void Reminder_messages_go_to_the_unit_and_the_committee_staff()
    {
        var reminder = Reminder.ForDeadline(Guid.NewGuid(), "follow-up-letter", Guid.NewGuid(), "交办函一号", "411303", "411303-GAJ", Now.AddDays(30), Now)[2];
        var messages = new ReminderRule().Plan(reminder);
        Assert.Equal(["unit:411303-GAJ", "role:committee-staff@411303"], messages.Select(m => m.Recipient.ToString()));
        Assert.All(messages, m => Assert.Contains("交办函《交办函一号》已于", m.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void A_duty_shift_is_reminded_at_nine_the_day_before_and_not_at_all_on_the_day()
    {
        var startsAt = new DateTimeOffset(2026, 3, 12, 1, 0, 0, TimeSpan.Zero); // 09:00 in China on the 12th
        var reminder = Reminder.ForDutyShift(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "新华街道联络站", "411302001", startsAt, Now)!;
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 1, 0, 0, TimeSpan.Zero), reminder.FireAt);
        var message = Assert.Single(new ReminderRule().Plan(reminder));
        Assert.Equal(MessageKinds.DutyShiftTomorrow, message.Kind);
        Assert.Contains("新华街道联络站", message.Body, StringComparison.Ordinal);

        Assert.Null(Reminder.ForDutyShift(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "站", "411302001", Now.AddHours(5), Now));
    }

    [Fact]
    public void Quiet_hours_over_midnight_hold_until_their_end()
    {
        var quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0));
        var lateEvening = new DateTimeOffset(2026, 3, 10, 15, 30, 0, TimeSpan.Zero); // 23:30 in China
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 23, 0, 0, TimeSpan.Zero), quiet.HoldUntil(lateEvening)); // 07:00 next day
        var earlyMorning = new DateTimeOffset(2026, 3, 10, 21, 0, 0, TimeSpan.Zero); // 05:00 in China on the 11th
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 23, 0, 0, TimeSpan.Zero), quiet.HoldUntil(earlyMorning));
        Assert.Null(quiet.HoldUntil(Now));
    }

    [Fact]
    public void Failed_attempts_back_off_exponentially_then_fail()
    {
        var notification = Notification.Create(Guid.NewGuid(), RecipientKey.Unit("411302-ZJJ"), ChannelNames.Email,
            new PlannedMessage(RecipientKey.Unit("411302-ZJJ"), MessageKinds.SuggestionAssigned, "t", "b", "411302"), Now, null);
        var delivery = Delivery.Create(notification, "unit@example.cn", Now, null);
        var initial = TimeSpan.FromSeconds(30);
        delivery.MarkAttemptFailed("refused", Now, 3, initial, TimeSpan.FromHours(1));
        Assert.Equal(Now + initial, delivery.NextAttemptAt);
        delivery.MarkAttemptFailed("refused", Now, 3, initial, TimeSpan.FromHours(1));
        Assert.Equal(Now + (2 * initial), delivery.NextAttemptAt);
        Assert.Equal(DeliveryStatuses.Pending, delivery.Status);
        delivery.MarkAttemptFailed("refused", Now, 3, initial, TimeSpan.FromHours(1));
        Assert.Equal(DeliveryStatuses.Failed, delivery.Status);
        Assert.Null(delivery.Address);
        Assert.Equal(TimeSpan.FromHours(1), Delivery.Backoff(20, initial, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Preferences_need_an_address_for_each_external_channel_and_known_kinds()
    {
        var preference = RecipientPreference.Create(Guid.NewGuid());
        var outcome = preference.Update(null, null, null, null, null,
            new Dictionary<string, string[]> { [MessageKinds.SuggestionAnswered] = [ChannelNames.Sms, ChannelNames.Email] }, null, null, Now);
        Assert.Contains("phone", outcome.Errors!.ByField.Keys);
        Assert.Contains("email", outcome.Errors.ByField.Keys);

        outcome = preference.Update(null, null, null, null, null,
            new Dictionary<string, string[]> { ["no-such-kind"] = [ChannelNames.InApp] }, null, null, Now);
        Assert.Contains("channels", outcome.Errors!.ByField.Keys);

        outcome = preference.Update(null, null, "+86 138-1234-5678", null, null,
            new Dictionary<string, string[]> { [MessageKinds.SuggestionAnswered] = [ChannelNames.InApp, ChannelNames.Sms] }, null, null, Now);
        Assert.True(outcome.Succeeded);
        Assert.Equal("13812345678", preference.Phone);
        Assert.Equal([ChannelNames.InApp, ChannelNames.Sms], preference.ChannelsFor(MessageKinds.SuggestionAnswered));
        Assert.Equal([ChannelNames.InApp], preference.ChannelsFor(MessageKinds.VoteOpened));
    }
}
