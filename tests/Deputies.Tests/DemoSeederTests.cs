using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deputies.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class DemoSeederTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly DemoServiceFactory<Program> _service = new(infrastructure, "deputiesdb");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();

    [Fact]
    public async Task Demo_data_seeds_the_city_with_the_fixed_deputies_and_publishes_seats_through_the_outbox()
    {
        // How long seeding takes is a benchmark's question, not a test's: a busy machine must not fail it.
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411300"));

        var data = new TestData(_service);
        var (deputies, divisions, townships, levels, seats, outbox) = await data.WithDbAsync(async db => (
            await db.Deputies.CountAsync(),
            await db.Divisions.CountAsync(),
            await db.Divisions.CountAsync(division => division.Level == "township"),
            await db.Congresses.Select(congress => congress.Level).Distinct().CountAsync(),
            await db.Deputies.SelectMany(deputy => deputy.Seats).CountAsync(),
            await db.Set<OutboxMessage>().CountAsync(message => message.Type == typeof(DeputySeatChanged).FullName)));
        Assert.InRange(deputies, 550, 650);
        Assert.Equal(24, divisions);
        Assert.Equal(20, townships);
        Assert.Equal(5, levels);
        Assert.Equal(seats, outbox);
        Assert.True(await data.WithDbAsync(db => db.Deputies.CountAsync(deputy => deputy.Seats.Count > 1)) > 20, "some deputies hold seats at several levels");
        Assert.Equal(5, await data.WithDbAsync(db => db.Deputies.SelectMany(deputy => deputy.Seats).Select(seat => seat.Level).Distinct().CountAsync()));
        Assert.Equal(26, await data.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(message => message.Type == typeof(CongressDeclared).FullName)));

        var zhang = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies/{DemoSeeder.CityDeputyId}");
        Assert.Equal("张建国", zhang.GetProperty("name").GetString());
        Assert.Equal("411300", zhang.GetProperty("divisionCode").GetString());
        Assert.Matches(@"^1\d\d\*\*\*\*\d{4}$", zhang.GetProperty("phone").GetString()!);
        using var county = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/api/deputies/deputies/{DemoSeeder.CountyDeputyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/api/deputies/deputies/{DemoSeeder.TownshipDeputyId}")).StatusCode);

        var ranking = await staff.GetFromJsonAsync<JsonElement>("/api/deputies/rankings?quarter=" + Quarter(data.Now));
        Assert.True(ranking.GetProperty("total").GetInt32() > 500);
        var warnings = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/warnings?year={data.Now.Year}");
        Assert.True(warnings.GetProperty("total").GetInt32() > 0);

        // Seeding again (a restart) adds nothing.
        await data.WithDbAsync(db => DemoSeeder.SeedAsync(db, _service.Services, CancellationToken.None));
        Assert.Equal(deputies, await data.WithDbAsync(db => db.Deputies.CountAsync()));
    }

    private static string Quarter(DateTimeOffset now) => $"{now.Year}Q{((now.Month - 1) / 3) + 1}";
}
