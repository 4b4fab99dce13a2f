using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Contracts.Voting;
using RenminDaibiao.Notifications.Apis;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>The inbox, preferences and deliveries endpoints.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class InboxApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly NotificationsServiceFactory _service = new(infrastructure);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();

    [Fact]
    public async Task Inbox_has_the_agreed_shape_and_read_state_is_kept_per_account()
    {
        var registered = new DeputyRegistered(Guid.NewGuid(), "钱进", "411302");
        using var alice = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        using var bob = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        await _service.PublishAsync(registered);
        var item = await NotificationsServiceFactory.WaitForInboxItemAsync(alice, registered.Id);

        using (var raw = JsonDocument.Parse(await alice.GetStringAsync("/api/notifications/inbox")))
        {
            var root = raw.RootElement;
            Assert.Equal(1, root.GetProperty("total").GetInt32());
            Assert.Equal(1, root.GetProperty("page").GetInt32());
            Assert.Equal(20, root.GetProperty("pageSize").GetInt32());
            Assert.Equal(1, await NotificationsServiceFactory.UnreadAsync(alice));
            var first = root.GetProperty("items")[0];
            foreach (var field in new[] { "id", "title", "body", "kind", "createdAt", "readAt", "traceId", "sourceEventId", "recordKind", "recordId", "portalPath" })
            {
                Assert.True(first.TryGetProperty(field, out _), $"items[0].{field} is present");
            }
        }

        using var read = await alice.PostAsync($"/api/notifications/inbox/{item.Id}/read", null);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        var aliceInbox = await NotificationsServiceFactory.InboxAsync(alice);
        Assert.Equal(0, await NotificationsServiceFactory.UnreadAsync(alice));
        Assert.NotNull(Assert.Single(aliceInbox.Items).ReadAt);
        Assert.Equal(1, await NotificationsServiceFactory.UnreadAsync(bob));

        using var readAll = await bob.PostAsync("/api/notifications/inbox/read-all", null);
        Assert.Equal(1, (await readAll.Content.ReadFromJsonAsync<ReadAllResponse>())!.Marked);
        Assert.Equal(0, await NotificationsServiceFactory.UnreadAsync(bob));
    }

    [Fact]
    public async Task Someone_elses_message_cannot_be_marked_and_bad_paging_is_400()
    {
        var deputyId = Guid.NewGuid();
        var opened = new VoteOpened(Guid.NewGuid(), "evaluation", "住建局满意度测评", null, "411302", [deputyId], null);
        using var deputy = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302", deputyId: deputyId));
        using var stranger = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302", deputyId: Guid.NewGuid()));
        await _service.PublishAsync(opened);
        var item = await NotificationsServiceFactory.WaitForInboxItemAsync(deputy, opened.Id);
        Assert.Contains("满意度测评", item.Body, StringComparison.Ordinal);

        using var foreign = await stranger.PostAsync($"/api/notifications/inbox/{item.Id}/read", null);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var badPage = await deputy.GetAsync("/api/notifications/inbox?pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Contains("pageSize", await badPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var anonymous = await _service.CreateClient().GetAsync("/api/notifications/inbox");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Preferences_default_to_in_app_and_reject_a_channel_without_its_address()
    {
        using var deputy = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302", deputyId: Guid.NewGuid()));
        var defaults = await deputy.GetFromJsonAsync<PreferencesDto>("/api/notifications/preferences");
        Assert.Equal([ChannelNames.InApp], defaults!.Channels![MessageKinds.VoteOpened]);

        using var missingPhone = await deputy.PutAsJsonAsync("/api/notifications/preferences", new
        {
            channels = new Dictionary<string, string[]> { [MessageKinds.VoteOpened] = [ChannelNames.Sms] },
        });
        Assert.Equal(HttpStatusCode.BadRequest, missingPhone.StatusCode);
        Assert.Contains("\"phone\"", await missingPhone.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var badQuiet = await deputy.PutAsJsonAsync("/api/notifications/preferences", new { quietHours = new { start = "25:00", end = "07:00" } });
        Assert.Equal(HttpStatusCode.BadRequest, badQuiet.StatusCode);

        using var ok = await deputy.PutAsJsonAsync("/api/notifications/preferences", new
        {
            phone = "13800003333",
            channels = new Dictionary<string, string[]> { [MessageKinds.VoteOpened] = [ChannelNames.InApp, ChannelNames.Sms] },
            quietHours = new { start = "22:00", end = "07:00" },
        });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var saved = await deputy.GetFromJsonAsync<PreferencesDto>("/api/notifications/preferences");
        Assert.Equal([ChannelNames.InApp, ChannelNames.Sms], saved!.Channels![MessageKinds.VoteOpened]);
        Assert.Equal(new QuietHoursDto("22:00", "07:00"), saved.QuietHours);
    }

    public static TheoryData<string, string> OverLongPreferences => new()
    {
        { $$"""{"phone":"{{new string('1', 100_000)}}"}""", "phone" },
        { $$"""{"phone":"{{new string('1', NotificationsLimits.MaxPhoneLength + 1)}}"}""", "phone" },
        { $$"""{"email":"{{new string('a', NotificationsLimits.MaxEmailLength)}}@example.cn"}""", "email" },
        { $$"""{"weChatOpenId":"{{new string('o', 2 * 1024 * 1024)}}"}""", "weChatOpenId" },
        { $$$"""{"channels":{"vote-opened":[{{{string.Join(",", Enumerable.Repeat("\"in-app\"", 5000))}}}]}}""", "channels.vote-opened" },
        { """{"channels":{"vote-opened":["in-app",null]}}""", "channels.vote-opened[1]" },
        { """{"channels":{"vote-opened":null}}""", "channels.vote-opened" },
        { $$$"""{"channels":{"vote-opened":["{{{new string('x', 100_000)}}}"]}}""", "channels.vote-opened[0]" },
    };

    [Theory]
    [MemberData(nameof(OverLongPreferences))]
    public async Task Over_long_addresses_huge_channel_lists_and_null_channels_are_400_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var subject = TestTokens.Subject(Roles.Deputy, "411302", deputyId: Guid.NewGuid());
        using var deputy = _service.CreateClient(subject);

        using var response = await deputy.PutAsync("/api/notifications/preferences", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"'{field}' is not named in {problem}");
        Assert.False(await _service.QueryAsync(db => db.Preferences.AnyAsync(p => p.AccountId == subject.AccountId)));
    }

    [Fact]
    public async Task Deliveries_are_scoped_to_the_staff_members_division_and_validate_filters()
    {
        await _service.PublishAsync(new DeputyRegistered(Guid.NewGuid(), "吴敏", "411303"));
        using var wolong = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411303"));
        using var wancheng = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        using var city = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411300"));

        await Eventually.HoldsAsync(
            async () => (await wolong.GetFromJsonAsync<PagedList<DeliveryItem>>("/api/notifications/deliveries"))!.Total == 1, "the delivery is listed");
        Assert.Equal(1, (await city.GetFromJsonAsync<PagedList<DeliveryItem>>("/api/notifications/deliveries"))!.Total);
        Assert.Equal(0, (await wancheng.GetFromJsonAsync<PagedList<DeliveryItem>>("/api/notifications/deliveries"))!.Total);
        using var bad = await wolong.GetAsync("/api/notifications/deliveries?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
