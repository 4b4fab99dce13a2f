using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>督办/催办 and overdue escalations through the real bus into the right inboxes.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class SupervisionRuleTests : IAsyncLifetime
{
    private readonly NotificationsServiceFactory _service;
    private readonly StationsService _stations;

    public SupervisionRuleTests(InfrastructureFixture infrastructure)
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
    public async Task Supervise_and_urge_reach_the_lead_units_inbox_about_the_suggestion_and_no_other_unit()
    {
        var unit = TestEvents.NewUnitCode();
        var suggestionId = Guid.NewGuid();
        var supervised = new SuggestionSupervised(suggestionId, "关于老旧小区加装电梯的建议", "411302", unit, "supervise", "请于月底前拿出方案", "分管副主任", null);
        var urged = new SuggestionSupervised(suggestionId, "关于老旧小区加装电梯的建议", "411302", unit, "urge", "请抓紧答复", "代表工委", null);
        using var unitClient = _service.CreateClient(TestTokens.Subject(Roles.HandlingUnit, "411302", unitCode: unit));
        using var otherUnit = _service.CreateClient(TestTokens.Subject(Roles.HandlingUnit, "411302", unitCode: TestEvents.NewUnitCode()));

        await _service.PublishAsync(supervised);
        await _service.PublishAsync(urged);

        var supervision = await NotificationsServiceFactory.WaitForInboxItemAsync(unitClient, supervised.Id);
        Assert.Equal((MessageKinds.SuggestionSupervised, "建议督办通知"), (supervision.Kind, supervision.Title));
        Assert.Contains("请于月底前拿出方案", supervision.Body, StringComparison.Ordinal);
        Assert.Equal((RecordKinds.Suggestion, suggestionId), (supervision.RecordKind, supervision.RecordId));
        Assert.Equal("建议催办通知", (await NotificationsServiceFactory.WaitForInboxItemAsync(unitClient, urged.Id)).Title);
        Assert.DoesNotContain((await NotificationsServiceFactory.InboxAsync(otherUnit)).Items, item => item.RecordId == suggestionId);
    }

    [Fact]
    public async Task An_overdue_escalation_reaches_the_divisions_committee_staff_and_the_leader_of_a_key_suggestion()
    {
        var leaderId = Guid.NewGuid();
        var escalated = new SuggestionOverdueEscalated(
            Guid.NewGuid(), "关于增设社区养老服务站点的建议", "411303", TestEvents.NewUnitCode(), 1, _service.Clock.GetUtcNow().AddDays(-1), true, leaderId);
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411303"));
        using var otherStaff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        using var leader = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411300", accountId: leaderId));

        await _service.PublishAsync(escalated);

        Assert.Equal(MessageKinds.SuggestionOverdueEscalated, (await NotificationsServiceFactory.WaitForInboxItemAsync(staff, escalated.Id)).Kind);
        Assert.Contains("超期", (await NotificationsServiceFactory.WaitForInboxItemAsync(leader, escalated.Id)).Body, StringComparison.Ordinal);
        Assert.DoesNotContain((await NotificationsServiceFactory.InboxAsync(otherStaff)).Items, item => item.SourceEventId == escalated.Id);
    }
}
