using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Notifications.Apis;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>Channels, preferences, quiet hours and retries, through the real dispatcher.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DeliveryTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Quiet_hours_hold_the_sms_until_they_end_while_the_in_app_message_arrives_at_once()
    {
        await using var service = new NotificationsServiceFactory(infrastructure);
        var deputyId = Guid.NewGuid();
        using var deputy = service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302", deputyId: deputyId));
        var local = ChinaTime.ToChina(service.Clock.GetUtcNow());
        var start = TimeOnly.FromDateTime(local.DateTime).AddHours(-1);
        var end = TimeOnly.FromDateTime(local.DateTime).AddHours(2);
        using var put = await deputy.PutAsJsonAsync("/api/notifications/preferences", new
        {
            phone = "13700001111",
            channels = new Dictionary<string, string[]> { [MessageKinds.SuggestionAnswered] = [ChannelNames.InApp, ChannelNames.Sms] },
            quietHours = new { start = start.ToString("HH:mm", CultureInfo.InvariantCulture), end = end.ToString("HH:mm", CultureInfo.InvariantCulture) },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var answered = new SuggestionAnswered(Guid.NewGuid(), "关于夜市噪音治理的建议", "411302", deputyId, "411302-ZJJ", "solved", 1);
        await service.PublishAsync(answered);

        await NotificationsServiceFactory.WaitForInboxItemAsync(deputy, answered.Id);
        var held = await Eventually.GetAsync(
            () => service.QueryAsync(db => db.Deliveries.SingleOrDefaultAsync(d => d.Channel == ChannelNames.Sms)), "the SMS delivery was stored");
        Assert.Equal(DeliveryStatuses.Pending, held.Status);
        Assert.True(held.NextAttemptAt > service.Clock.GetUtcNow().AddMinutes(100), "the SMS waits for the end of the quiet hours");
        await Task.Delay(1000);
        Assert.Empty(service.SinkLines(ChannelNames.Sms));

        service.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        await Eventually.HoldsAsync(() => service.SinkLines(ChannelNames.Sms).Any(l => l.SourceEventId == answered.Id), "the SMS went out after the quiet hours");
        Assert.Equal("13700001111", Assert.Single(service.SinkLines(ChannelNames.Sms)).To);
    }

    [Fact]
    public async Task A_failing_email_channel_retries_with_backoff_is_reported_and_blocks_no_other_message()
    {
        var closedPort = ClosedPort();
        await using var service = new NotificationsServiceFactory(infrastructure, new Dictionary<string, string?>
        {
            ["Notifications:Email:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Email:Smtp:Port"] = closedPort.ToString(CultureInfo.InvariantCulture),
            ["Notifications:Email:Smtp:Security"] = "None",
            ["Notifications:Dispatcher:InitialBackoff"] = "00:01:00",
            ["Notifications:Dispatcher:MaxAttempts"] = "3",
        });
        var deputyId = Guid.NewGuid();
        using var deputy = service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302", deputyId: deputyId));
        using var staff = service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        using var put = await deputy.PutAsJsonAsync("/api/notifications/preferences", new
        {
            phone = "13700002222",
            email = "deputy@example.cn",
            channels = new Dictionary<string, string[]> { [MessageKinds.SuggestionAnswered] = [ChannelNames.InApp, ChannelNames.Email, ChannelNames.Sms] },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var answered = new SuggestionAnswered(Guid.NewGuid(), "关于老旧小区加装电梯的建议", "411302", deputyId, "411302-ZJJ", "being-solved", 1);
        await service.PublishAsync(answered);

        // The other channels are delivered while e-mail fails.
        await NotificationsServiceFactory.WaitForInboxItemAsync(deputy, answered.Id);
        await Eventually.HoldsAsync(() => service.SinkLines(ChannelNames.Sms).Any(l => l.SourceEventId == answered.Id), "the SMS went out");
        var first = await WaitForEmailAttemptsAsync(service, 1);
        Assert.Equal(DeliveryStatuses.Pending, first.Status);
        Assert.NotNull(first.LastError);
        Assert.Equal(first.NextAttemptAt, service.Clock.GetUtcNow().AddMinutes(1), TimeSpan.FromSeconds(1));

        // Nothing is retried before its backoff has passed; then the wait doubles.
        await Task.Delay(800);
        Assert.Equal(1, (await WaitForEmailAttemptsAsync(service, 1)).Attempts);
        service.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await WaitForEmailAttemptsAsync(service, 2);
        Assert.Equal(second.NextAttemptAt, service.Clock.GetUtcNow().AddMinutes(2), TimeSpan.FromSeconds(1));

        // A new message meanwhile is not held up by the failing one.
        var next = new SuggestionAnswered(Guid.NewGuid(), "关于社区养老服务的建议", "411302", deputyId, "411302-ZJJ", "solved", 1);
        await service.PublishAsync(next);
        await Eventually.HoldsAsync(() => service.SinkLines(ChannelNames.Sms).Any(l => l.SourceEventId == next.Id), "the next SMS went out", TimeSpan.FromSeconds(10));

        service.Clock.Advance(TimeSpan.FromMinutes(2));
        await Eventually.HoldsAsync(
            async () => (await staff.GetFromJsonAsync<PagedList<DeliveryItem>>("/api/notifications/deliveries?status=failed"))!.Items
                .Any(d => d.Channel == ChannelNames.Email && d.Attempts == 3 && d.LastError != null),
            "the e-mail delivery is reported failed after the last attempt");
        using var deputyView = await deputy.GetAsync("/api/notifications/deliveries");
        Assert.Equal(HttpStatusCode.Forbidden, deputyView.StatusCode);
    }

    private static async Task<DeliveryItemState> WaitForEmailAttemptsAsync(NotificationsServiceFactory service, int attempts) =>
        await Eventually.GetAsync(
            () => service.QueryAsync(db => db.Deliveries
                .Where(d => d.Channel == ChannelNames.Email && d.Attempts >= attempts)
                .OrderBy(d => d.CreatedAt)
                .Select(d => new DeliveryItemState(d.Status, d.Attempts, d.NextAttemptAt, d.LastError))
                .FirstOrDefaultAsync()),
            $"the e-mail delivery was attempted {attempts} time(s)");

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed record DeliveryItemState(string Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError);
}
