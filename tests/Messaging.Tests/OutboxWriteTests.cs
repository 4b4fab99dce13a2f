using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Messaging.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class OutboxWriteTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await TestDatabase.GetAsync(infrastructure, "messaging_outbox_write");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SaveChanges_writes_the_entity_and_the_outbox_row_together()
    {
        var deputy = new Deputy { Name = $"张{Guid.NewGuid():N}" };
        var registered = new DeputyRegistered(deputy.Id, deputy.Name, "330102");
        string? traceParent;

        await using (var db = TestDatabase.Open(connectionString))
        {
            using var request = ActivityCapture.StartRequest();
            traceParent = request.Id;
            db.Deputies.Add(deputy);
            db.AddIntegrationEvent(registered);
            await db.SaveChangesAsync();
        }

        await using var check = TestDatabase.Open(connectionString);
        Assert.True(await check.Deputies.AnyAsync(d => d.Id == deputy.Id));
        var row = await check.OutboxMessages.SingleAsync(m => m.Id == registered.Id);
        Assert.Equal(typeof(DeputyRegistered).FullName, row.Type);
        Assert.Equal(traceParent, row.TraceParent);
        Assert.Null(row.SentAt);
        Assert.Equal(0, row.Attempts);
        Assert.Null(row.LastError);
        Assert.Equal(registered.OccurredAt, row.OccurredAt, TimeSpan.FromMilliseconds(1));

        // Web defaults: camelCase names, and the payload round-trips to an equal event.
        using var payload = JsonDocument.Parse(row.Payload);
        Assert.Equal("330102", payload.RootElement.GetProperty("divisionCode").GetString());
        var roundTripped = JsonSerializer.Deserialize<DeputyRegistered>(row.Payload, JsonSerializerOptions.Web)!;
        Assert.Equal(registered.Id, roundTripped.Id);
        Assert.Equal(registered.DeputyId, roundTripped.DeputyId);
    }

    [Fact]
    public async Task Failed_SaveChanges_writes_neither_the_entity_nor_the_outbox_row()
    {
        var name = $"李{Guid.NewGuid():N}";
        await using (var db = TestDatabase.Open(connectionString))
        {
            db.Deputies.Add(new Deputy { Name = name });
            await db.SaveChangesAsync();
        }

        var duplicate = new Deputy { Name = name };
        var registered = new DeputyRegistered(duplicate.Id, name, "330102");
        await using (var db = TestDatabase.Open(connectionString))
        {
            db.Deputies.Add(duplicate);
            db.AddIntegrationEvent(registered);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = TestDatabase.Open(connectionString);
        Assert.False(await check.Deputies.AnyAsync(d => d.Id == duplicate.Id));
        Assert.False(await check.OutboxMessages.AnyAsync(m => m.Id == registered.Id));
    }

    [Fact]
    public async Task Rolled_back_transaction_writes_neither_the_entity_nor_the_outbox_row()
    {
        var deputy = new Deputy { Name = $"王{Guid.NewGuid():N}" };
        var registered = new DeputyRegistered(deputy.Id, deputy.Name, "330102");
        await using (var db = TestDatabase.Open(connectionString))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Deputies.Add(deputy);
            db.AddIntegrationEvent(registered);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = TestDatabase.Open(connectionString);
        Assert.False(await check.Deputies.AnyAsync(d => d.Id == deputy.Id));
        Assert.False(await check.OutboxMessages.AnyAsync(m => m.Id == registered.Id));
    }

    [Fact]
    public async Task Events_added_back_to_back_get_strictly_increasing_CreatedAt()
    {
        var events = Enumerable.Range(0, 50).Select(i => new DeputyRegistered(Guid.NewGuid(), $"n{i}", "330102")).ToList();
        await using (var db = TestDatabase.Open(connectionString))
        {
            events.ForEach(db.AddIntegrationEvent);
            await db.SaveChangesAsync();
        }

        await using var check = TestDatabase.Open(connectionString);
        var ids = events.Select(e => e.Id).ToList();
        var stored = await check.OutboxMessages.Where(m => ids.Contains(m.Id)).OrderBy(m => m.CreatedAt).Select(m => m.Id).ToListAsync();
        Assert.Equal(ids, stored);
    }

    [Fact]
    public async Task SaveChanges_signals_the_relay_at_once_or_on_commit_inside_a_transaction()
    {
        var signal = new OutboxSignal();
        var options = new DbContextOptionsBuilder<TestDbContext>()
            .UseNpgsql(connectionString)
            .AddInterceptors(new OutboxSaveChangesInterceptor(signal))
            .Options;
        await using var db = new TestDbContext(options);

        // A save without outbox rows does not wake the relay.
        db.Deputies.Add(new Deputy { Name = $"赵{Guid.NewGuid():N}" });
        await db.SaveChangesAsync();
        Assert.False(await WokeWithin(signal, TimeSpan.FromMilliseconds(300)));

        db.AddIntegrationEvent(new DeputyRegistered(Guid.NewGuid(), "a", "330102"));
        await db.SaveChangesAsync();
        Assert.True(await WokeWithin(signal, TimeSpan.FromSeconds(5)));

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AddIntegrationEvent(new DeputyRegistered(Guid.NewGuid(), "b", "330102"));
            await db.SaveChangesAsync();
            // The row is not visible to the relay before commit, so waking it now would be useless.
            Assert.False(await WokeWithin(signal, TimeSpan.FromMilliseconds(300)));
            await transaction.CommitAsync();
        }

        Assert.True(await WokeWithin(signal, TimeSpan.FromSeconds(5)));
    }

    private static async Task<bool> WokeWithin(OutboxSignal signal, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        await signal.WaitAsync(timeout, CancellationToken.None);
        return stopwatch.Elapsed < timeout / 2;
    }
}
