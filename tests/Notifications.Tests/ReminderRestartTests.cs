using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>Persisted reminders survive a stopped service and fire once, also with two instances on one database.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ReminderRestartTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_reminder_that_came_due_while_the_service_was_stopped_fires_once_after_it_starts()
    {
        var unit = TestEvents.NewUnitCode();
        var first = new NotificationsServiceFactory(infrastructure);
        var set = new DeadlineSet("opinion", Guid.NewGuid(), "关于小区停车难的意见", "411302", unit, first.Clock.GetUtcNow().AddDays(10));
        await first.PublishAsync(set);
        await Eventually.HoldsAsync(
            async () => await first.QueryAsync(db => db.Reminders.CountAsync(r => r.State == ReminderStates.Pending)) == 3,
            "the schedule was stored");
        var startedAt = first.Clock.GetUtcNow();

        // Stopped; four days pass, so the due-soon reminder (three days from now) came due while nothing ran.
        await first.DisposeAsync();
        await using var restarted = new NotificationsServiceFactory(infrastructure, sameDatabaseAs: first);
        restarted.Clock.SetUtcNow(startedAt.AddDays(4));
        using var unitClient = restarted.CreateClient(TestTokens.Subject(Roles.HandlingUnit, "411302", unitCode: unit));

        var item = await Eventually.GetAsync(
            async () => (await NotificationsServiceFactory.InboxAsync(unitClient)).Items.FirstOrDefault(),
            "the due-soon reminder fired after the restart");
        Assert.Equal(MessageKinds.DeadlineDueSoon, item.Kind);
        await Task.Delay(1000);
        Assert.Single((await NotificationsServiceFactory.InboxAsync(unitClient)).Items);
        var states = await restarted.QueryAsync(db => db.Reminders.OrderBy(r => r.FireAt).Select(r => r.State).ToListAsync());
        Assert.Equal([ReminderStates.Fired, ReminderStates.Pending, ReminderStates.Pending], states);
    }

    [Fact]
    public async Task Two_instances_on_one_database_fire_a_due_reminder_once()
    {
        var unit = TestEvents.NewUnitCode();
        await using var a = new NotificationsServiceFactory(infrastructure);
        await using var b = new NotificationsServiceFactory(infrastructure, sameDatabaseAs: a);
        var set = new DeadlineSet("follow-up-letter", Guid.NewGuid(), "交办函（2026）3号", "411302", unit, a.Clock.GetUtcNow().AddDays(20));
        await a.PublishAsync(set);
        await Eventually.HoldsAsync(
            async () => await a.QueryAsync(db => db.Reminders.CountAsync()) == 3, "the schedule was stored");
        using var unitClient = b.CreateClient(TestTokens.Subject(Roles.HandlingUnit, "411302", unitCode: unit));

        a.Clock.Advance(TimeSpan.FromDays(14));
        b.Clock.Advance(TimeSpan.FromDays(14));

        await Eventually.HoldsAsync(
            async () => (await NotificationsServiceFactory.InboxAsync(unitClient)).Items.Count > 0, "the due-soon reminder fired");
        await Task.Delay(1000);
        Assert.Single((await NotificationsServiceFactory.InboxAsync(unitClient)).Items);
    }
}
