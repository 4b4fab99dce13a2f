using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Contracts.Voting;
using RenminDaibiao.Notifications.Apis;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>Each rule through the real bus: an event published on RabbitMQ in, the right messages on the right channels out.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class EventRuleTests : IAsyncLifetime
{
    private readonly NotificationsServiceFactory _service;
    private readonly StationsService _stations;

    public EventRuleTests(InfrastructureFixture infrastructure)
    {
        _service = new(infrastructure);
        _stations = new(infrastructure);
        _service.CallsGoTo("stations", _stations);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _stations.DisposeAsync();
    }

    [Fact]
    public async Task Deputy_registered_reaches_that_divisions_committee_staff_only_with_the_consumer_trace()
    {
        var registered = new DeputyRegistered(Guid.NewGuid(), "王志强", "411303");
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411303"));
        using var otherStaff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));

        await _service.PublishAsync(registered);

        var item = await NotificationsServiceFactory.WaitForInboxItemAsync(staff, registered.Id);
        Assert.Equal(MessageKinds.DeputyRegistered, item.Kind);
        Assert.Contains("王志强", item.Body, StringComparison.Ordinal);
        Assert.Null(item.ReadAt);
        Assert.Matches("^[0-9a-f]{32}$", item.TraceId!);
        Assert.DoesNotContain((await NotificationsServiceFactory.InboxAsync(otherStaff)).Items, i => i.SourceEventId == registered.Id);
    }

    [Fact]
    public async Task Suggestion_assigned_reaches_the_lead_unit_and_the_co_unit()
    {
        var lead = TestEvents.NewUnitCode();
        var co = TestEvents.NewUnitCode();
        var assigned = new SuggestionAssigned(Guid.NewGuid(), "关于增设公交线路的建议", "411302", Guid.NewGuid(), lead, [co],
            _service.Clock.GetUtcNow().AddMonths(3));
        using var leadUnit = _service.CreateClient(TestTokens.Subject(Roles.HandlingUnit, "411302", unitCode: lead));
        using var coUnit = _service.CreateClient(TestTokens.Subject(Roles.HandlingUnit, "411302", unitCode: co));

        await _service.PublishAsync(assigned);

        Assert.Contains("主办", (await NotificationsServiceFactory.WaitForInboxItemAsync(leadUnit, assigned.Id)).Body, StringComparison.Ordinal);
        Assert.Contains("协办", (await NotificationsServiceFactory.WaitForInboxItemAsync(coUnit, assigned.Id)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestion_answered_reaches_the_deputy_linked_to_the_suggestion_and_an_escalated_unsatisfied_rating_the_unit_and_the_leader()
    {
        var deputyId = Guid.NewGuid();
        var unit = TestEvents.NewUnitCode();
        var leaderId = Guid.NewGuid();
        var answered = new SuggestionAnswered(Guid.NewGuid(), "关于校园周边交通安全的建议", "411302", deputyId, unit, "solved", 1);
        var rated = new SuggestionRated(answered.SuggestionId, answered.Title, "411302", deputyId, unit, "unsatisfied", 2, true, leaderId);
        using var deputy = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302", deputyId: deputyId));
        using var unitClient = _service.CreateClient(TestTokens.Subject(Roles.HandlingUnit, "411302", unitCode: unit));
        using var leader = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411300", accountId: leaderId));

        await _service.PublishAsync(answered);
        await _service.PublishAsync(rated);

        var toDeputy = await NotificationsServiceFactory.WaitForInboxItemAsync(deputy, answered.Id);
        Assert.Equal(MessageKinds.SuggestionAnswered, toDeputy.Kind);
        Assert.Equal((RecordKinds.Suggestion, answered.SuggestionId), (toDeputy.RecordKind, toDeputy.RecordId));
        Assert.Equal($"/deputy/suggestions/{answered.SuggestionId}", toDeputy.PortalPath);
        var toUnit = await NotificationsServiceFactory.WaitForInboxItemAsync(unitClient, rated.Id);
        Assert.Equal(MessageKinds.SuggestionUnsatisfied, toUnit.Kind);
        Assert.Equal((RecordKinds.Suggestion, answered.SuggestionId), (toUnit.RecordKind, toUnit.RecordId));
        Assert.Null(toUnit.PortalPath);
        Assert.Equal(MessageKinds.SuggestionEscalated, (await NotificationsServiceFactory.WaitForInboxItemAsync(leader, rated.Id)).Kind);
    }

    [Fact]
    public async Task Opinion_answered_texts_the_citizen_at_the_number_Stations_holds_and_tells_the_deputy_in_app()
    {
        var deputyId = Guid.NewGuid();
        var (opinionId, trackingCode) = await _stations.RegisterOpinionAsync("13912345678");
        var answered = new OpinionAnswered(opinionId, trackingCode, "411302001", deputyId, CitizenGavePhone: true, "路灯已于本周修复。");
        using var deputy = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302001", deputyId: deputyId));
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));

        await _service.PublishAsync(answered);

        await NotificationsServiceFactory.WaitForInboxItemAsync(deputy, answered.Id);
        FileSinkLineCheck? sms = null;
        await Eventually.HoldsAsync(
            () => (sms = _service.SinkLines(ChannelNames.Sms).Where(l => l.SourceEventId == answered.Id).Select(l => new FileSinkLineCheck(l.To, l.Body)).FirstOrDefault()) is not null,
            "the SMS reached the sink");
        Assert.Equal("13912345678", sms!.To);
        Assert.Contains(trackingCode, sms.Body, StringComparison.Ordinal);

        var deliveries = await staff.GetFromJsonAsync<PagedList<DeliveryItem>>("/api/notifications/deliveries?channel=sms");
        var row = Assert.Single(deliveries!.Items);
        Assert.Equal($"citizen:{opinionId}", row.Recipient);
        Assert.Equal(DeliveryStatuses.Sent, row.Status);
        var stored = await _service.QueryAsync(db => db.Deliveries.Where(d => d.Id == row.Id).Select(d => d.Address).SingleAsync());
        Assert.Null(stored);
        Assert.Contains(("read-citizen-phone", Roles.Service), await _stations.AuditAsync(opinionId));
    }

    [Fact]
    public async Task Vote_opened_reaches_every_eligible_deputy()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var opened = new VoteOpened(Guid.NewGuid(), "project-vote", "2027年民生实事项目", Guid.NewGuid(), "411300", [first, second],
            _service.Clock.GetUtcNow().AddDays(2));
        using var a = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302001", deputyId: first));
        using var b = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411303", deputyId: second));

        await _service.PublishAsync(opened);

        await NotificationsServiceFactory.WaitForInboxItemAsync(a, opened.Id);
        await NotificationsServiceFactory.WaitForInboxItemAsync(b, opened.Id);
    }

    [Fact]
    public async Task Duty_shift_assigned_reminds_the_deputy_the_day_before()
    {
        var deputyId = Guid.NewGuid();
        var startsAt = ChinaTime.At(ChinaTime.DateOf(_service.Clock.GetUtcNow()).AddDays(3), new TimeOnly(9, 0));
        var assigned = new DutyShiftAssigned(Guid.NewGuid(), deputyId, Guid.NewGuid(), "新华街道人大代表联络站", "411302001", startsAt);
        using var deputy = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302001", deputyId: deputyId));

        await _service.PublishAsync(assigned);
        var reminder = await Eventually.GetAsync(
            () => _service.QueryAsync(db => db.Reminders.SingleOrDefaultAsync(r => r.SourceEventId == assigned.Id)), "the reminder was scheduled");
        Assert.Equal(ReminderStages.DayBefore, reminder.Stage);

        await Task.Delay(600);
        Assert.Empty((await NotificationsServiceFactory.InboxAsync(deputy)).Items);

        _service.Clock.SetUtcNow(reminder.FireAt.AddMinutes(1));
        var item = await NotificationsServiceFactory.WaitForInboxItemAsync(deputy, reminder.Id);
        Assert.Equal(MessageKinds.DutyShiftTomorrow, item.Kind);
        Assert.Contains("新华街道人大代表联络站", item.Body, StringComparison.Ordinal);
        Assert.Equal($"/deputy/duty#shift-{assigned.ShiftId}", item.PortalPath);
    }

    [Fact]
    public async Task Deadline_reminders_fire_due_soon_due_today_and_overdue_to_the_unit_and_staff_and_stop_when_met()
    {
        var unit = TestEvents.NewUnitCode();
        var now = _service.Clock.GetUtcNow();
        var set = new DeadlineSet("suggestion", Guid.NewGuid(), "关于农村饮水安全的建议", "411302", unit, now.AddDays(10));
        var metItem = new DeadlineSet("rectification", Guid.NewGuid(), "整改事项", "411302", unit, now.AddDays(10));
        using var unitClient = _service.CreateClient(TestTokens.Subject(Roles.HandlingUnit, "411302", unitCode: unit));
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));

        await _service.PublishAsync(set);
        await _service.PublishAsync(metItem);
        await Eventually.HoldsAsync(
            async () => await _service.QueryAsync(db => db.Reminders.CountAsync(r => r.State == ReminderStates.Pending)) == 6,
            "both schedules were stored");
        await _service.PublishAsync(new DeadlineMet("rectification", metItem.ItemId));
        await Eventually.HoldsAsync(
            async () => await _service.QueryAsync(db => db.Reminders.CountAsync(r => r.State == ReminderStates.Cancelled)) == 3,
            "the met item's reminders were cancelled");

        _service.Clock.Advance(TimeSpan.FromDays(11));
        await Eventually.HoldsAsync(
            async () => (await NotificationsServiceFactory.InboxAsync(unitClient)).Items.Count == 3, "three reminders reached the unit");
        var kinds = (await NotificationsServiceFactory.InboxAsync(unitClient)).Items.Select(i => i.Kind).Order().ToList();
        Assert.Equal([MessageKinds.DeadlineDueSoon, MessageKinds.DeadlineDueToday, MessageKinds.DeadlineOverdue], kinds);
        await Eventually.HoldsAsync(
            async () => (await NotificationsServiceFactory.InboxAsync(staff)).Items.Count(i => i.Kind.StartsWith("deadline-", StringComparison.Ordinal)) == 3,
            "three reminders reached the committee staff");
        Assert.DoesNotContain((await NotificationsServiceFactory.InboxAsync(unitClient)).Items, i => i.Body.Contains("整改事项", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_event_delivered_three_times_makes_one_message()
    {
        var registered = new DeputyRegistered(Guid.NewGuid(), "赵一鸣", "411323");
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411323"));

        await _service.PublishAsync(registered);
        await _service.PublishAsync(registered);
        await _service.PublishAsync(registered);

        await NotificationsServiceFactory.WaitForInboxItemAsync(staff, registered.Id);
        await Task.Delay(1500);
        Assert.Single((await NotificationsServiceFactory.InboxAsync(staff)).Items, i => i.SourceEventId == registered.Id);
        Assert.Equal(1, await _service.CountNotificationsAsync(registered.Id));
        Assert.Equal(1, await _service.QueryAsync(db => db.Deliveries.CountAsync()));
    }

    private sealed record FileSinkLineCheck(string? To, string Body);
}
