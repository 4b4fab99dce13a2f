using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Voting.Tests;

/// <summary>The congress and seat replica, fed by the Deputies service's events over RabbitMQ.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ReplicaConsumerTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task Congress_and_seat_events_build_the_replica_and_a_redelivery_changes_nothing()
    {
        using var client = _host.Factory.CreateClient();
        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health")).IsSuccessStatusCode, "the bus is connected");
        var bus = _host.Factory.Services.GetRequiredService<IBus>();
        var congressId = Guid.NewGuid();
        var deputyId = Guid.NewGuid();

        var declared = new CongressDeclared(congressId, "卧龙区第七届人民代表大会", "411303", "county", 7, 10, 90, 30, []);
        await bus.Publish(declared, c => c.MessageId = declared.Id);
        var seated = new DeputySeatChanged(deputyId, "刘代表", congressId, "411303", "serving");
        await bus.Publish(seated, c => c.MessageId = seated.Id);
        await Eventually.HoldsAsync(
            () => _host.WithDbAsync(db => db.Seats.AnyAsync(s => s.DeputyId == deputyId && s.Status == "serving")),
            "the seat is in the replica");

        using var staff = _host.Staff("411303");
        var congress = await staff.GetFromJsonAsync<JsonElement>($"/api/voting/congresses/{congressId}");
        Assert.Equal(1, congress.GetProperty("servingDeputies").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Staff("411302").GetAsync($"/api/voting/congresses/{congressId}")).StatusCode);

        var resigned = new DeputySeatChanged(deputyId, "刘代表", congressId, "411303", "resigned");
        await bus.Publish(resigned, c => c.MessageId = resigned.Id);
        await Eventually.HoldsAsync(
            () => _host.WithDbAsync(db => db.Seats.AnyAsync(s => s.DeputyId == deputyId && s.Status == "resigned")),
            "the resignation is in the replica");

        // The old "serving" message delivered again is recognised by its id and ignored.
        await bus.Publish(seated, c => c.MessageId = seated.Id);
        await bus.Publish(declared, c => c.MessageId = declared.Id);
        await Task.Delay(1000);
        Assert.Equal("resigned", await _host.WithDbAsync(db => db.Seats.Where(s => s.DeputyId == deputyId).Select(s => s.Status).SingleAsync()));
        Assert.Equal(1, await _host.WithDbAsync(db => db.Congresses.CountAsync(c => c.Id == congressId)));
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>($"/api/voting/congresses/{congressId}")).GetProperty("servingDeputies").GetInt32());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
