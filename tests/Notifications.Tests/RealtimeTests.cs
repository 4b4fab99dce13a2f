using Microsoft.AspNetCore.SignalR.Client;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Notifications.Apis;
using RenminDaibiao.Notifications.Hubs;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>Real-time push over SignalR, on one instance and across two instances through the Redis backplane.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class RealtimeTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_connected_recipient_receives_a_new_message_pushed_and_others_do_not()
    {
        await using var service = new NotificationsServiceFactory(infrastructure);
        var division = TestEvents.NewCountyCode();
        await using var staff = service.CreateHubConnection(TestTokens.Subject(Roles.CommitteeStaff, division));
        await using var otherDivision = service.CreateHubConnection(TestTokens.Subject(Roles.CommitteeStaff, "411303"));
        var received = new TaskCompletionSource<InboxItem>(TaskCreationOptions.RunContinuationsAsynchronously);
        var leaked = new TaskCompletionSource<InboxItem>(TaskCreationOptions.RunContinuationsAsynchronously);
        staff.On<InboxItem>(NotificationsHub.NotificationMethod, item => received.TrySetResult(item));
        otherDivision.On<InboxItem>(NotificationsHub.NotificationMethod, item => leaked.TrySetResult(item));
        await staff.StartAsync();
        await otherDivision.StartAsync();

        var registered = new DeputyRegistered(Guid.NewGuid(), "孙丽", division);
        await service.PublishAsync(registered);

        var item = await received.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(registered.Id, item.SourceEventId);
        Assert.Contains("孙丽", item.Body, StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.False(leaked.Task.IsCompleted);
    }

    [Fact]
    public async Task A_client_of_instance_a_receives_a_message_sent_by_instance_b_through_the_backplane()
    {
        // A serves the hub only; B's dispatcher is the only one that sends, so the push must cross Redis.
        await using var a = new NotificationsServiceFactory(infrastructure, new Dictionary<string, string?>
        {
            ["Notifications:Dispatcher:Enabled"] = "false",
        });
        await using var b = new NotificationsServiceFactory(infrastructure, sameDatabaseAs: a);
        var division = TestEvents.NewCountyCode();
        await using var connection = a.CreateHubConnection(TestTokens.Subject(Roles.CommitteeStaff, division));
        var received = new TaskCompletionSource<InboxItem>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<InboxItem>(NotificationsHub.NotificationMethod, item => received.TrySetResult(item));
        await connection.StartAsync();
        _ = b.Services; // B runs: its consumers and dispatcher are up.

        var registered = new DeputyRegistered(Guid.NewGuid(), "周强", division);
        await b.PublishAsync(registered);

        var item = await received.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(registered.Id, item.SourceEventId);
    }
}
