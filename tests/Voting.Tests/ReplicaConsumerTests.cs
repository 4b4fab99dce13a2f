using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.TestSupport;
using RenminDaibiao.Voting.IntegrationEvents;

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

    [Fact]
    public async Task The_congress_list_of_one_division_holds_exactly_that_divisions_congresses_and_a_bad_code_names_the_field()
    {
        var wolong = Guid.NewGuid();
        var township = Guid.NewGuid();
        await _host.WithDbAsync(async db =>
        {
            await Replica.ApplyAsync(db, new CongressDeclared(wolong, "卧龙区第十一届人民代表大会", "411303", "county", 11, 10, 90, 30, []), CancellationToken.None);
            await Replica.ApplyAsync(db, new CongressDeclared(township, "七里园乡第十八届人民代表大会", "411303001", "township", 18, 5, 90, 30, []), CancellationToken.None);
            return await db.SaveChangesAsync();
        });

        using var staff = _host.Staff("411303");
        var listed = await staff.GetFromJsonAsync<JsonElement>("/api/voting/congresses?divisionCode=411303&pageSize=100");
        Assert.Equal([wolong], listed.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()));
        using var bad = await staff.GetAsync("/api/voting/congresses?divisionCode=4113");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("divisionCode", out _));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
