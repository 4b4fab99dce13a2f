using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>A congress's sessions (会议): checked by the aggregate, published with the congress, kept when left out.</summary>
public sealed class CongressSessionRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 2, 0, 0, TimeSpan.Zero);

    private static CongressInput Input(params SessionInput?[]? sessions) =>
        new("411302", CongressLevels.County, 11, "宛城区第十一届人民代表大会", 2021, 2026, null, null, null, null, sessions);

    [Fact]
    public void Sessions_are_kept_in_date_order_and_announced_with_the_congress()
    {
        var congress = Congress.Create(
            Input(new SessionInput(2, new DateOnly(2022, 1, 12), new DateOnly(2022, 1, 15)), new SessionInput(1, new DateOnly(2021, 9, 27), new DateOnly(2021, 9, 29))), Now).Value!;

        Assert.Equal([1, 2], congress.Sessions.Select(session => session.Number));
        var declared = Assert.Single(congress.PendingEvents.OfType<CongressDeclared>());
        Assert.Equal(
            [new Contracts.Deputies.CongressSession(1, new DateOnly(2021, 9, 27), new DateOnly(2021, 9, 29)), new Contracts.Deputies.CongressSession(2, new DateOnly(2022, 1, 12), new DateOnly(2022, 1, 15))],
            declared.Sessions);
    }

    [Theory]
    [InlineData(0, "2022-01-12", "2022-01-15", "sessions[0].number")]
    [InlineData(1, null, "2022-01-15", "sessions[0].startsOn")]
    [InlineData(1, "2019-01-12", "2019-01-15", "sessions[0].startsOn")]
    [InlineData(1, "2022-01-15", "2022-01-12", "sessions[0].endsOn")]
    [InlineData(1, "2022-01-01", "2022-03-01", "sessions[0].endsOn")]
    public void A_bad_session_is_refused_naming_its_field(int number, string? startsOn, string? endsOn, string field)
    {
        var made = Congress.Create(Input(new SessionInput(number, Date(startsOn), Date(endsOn))), Now);
        Assert.Null(made.Value);
        Assert.Equal(field, Assert.Single(made.Errors!.ByField.Keys));
    }

    [Fact]
    public void Overlapping_or_repeated_sessions_are_refused()
    {
        var overlapping = Congress.Create(
            Input(new SessionInput(1, new DateOnly(2022, 1, 12), new DateOnly(2022, 1, 15)), new SessionInput(2, new DateOnly(2022, 1, 15), new DateOnly(2022, 1, 16))), Now);
        Assert.Equal("sessions", Assert.Single(overlapping.Errors!.ByField.Keys));

        var repeated = Congress.Create(
            Input(new SessionInput(1, new DateOnly(2022, 1, 12), new DateOnly(2022, 1, 15)), new SessionInput(1, new DateOnly(2023, 1, 12), new DateOnly(2023, 1, 15))), Now);
        Assert.Equal("sessions[1].number", Assert.Single(repeated.Errors!.ByField.Keys));
    }

    [Fact]
    public void An_update_without_sessions_keeps_them_but_may_not_move_the_term_away_from_them()
    {
        var congress = Congress.Create(Input(new SessionInput(1, new DateOnly(2021, 9, 27), new DateOnly(2021, 9, 29))), Now).Value!;

        Assert.True(congress.Update(Input(null) with { Name = "宛城区第十一届人大" }, Now).Succeeded);
        Assert.Single(congress.Sessions);
        var moved = congress.Update(Input(null) with { StartYear = 2022, EndYear = 2027 }, Now);
        Assert.Equal("sessions", Assert.Single(moved.Errors!.ByField.Keys));
        Assert.Equal(2021, congress.StartYear);
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Sessions through the congress API.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class CongressSessionApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly ServiceFactory<Program> _service = new(infrastructure, "deputiesdb");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();

    [Fact]
    public async Task Staff_schedule_the_annual_session_and_it_is_read_back_and_published()
    {
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411303"));
        var body = new
        {
            divisionCode = "411303", level = "county", term = 11, name = "卧龙区第十一届人民代表大会", startYear = 2021,
            sessions = new[] { new { number = 5, startsOn = "2025-01-12", endsOn = "2025-01-15" } },
        };
        using var created = await staff.PostAsJsonAsync("/api/deputies/congresses", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var read = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/congresses/{id}");
        var session = Assert.Single(read.GetProperty("sessions").EnumerateArray());
        Assert.Equal("2025-01-12", session.GetProperty("startsOn").GetString());

        using var bad = await staff.PutAsJsonAsync($"/api/deputies/congresses/{id}", body with { sessions = new[] { new { number = 5, startsOn = "2025-01-15", endsOn = "2025-01-12" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("sessions[0].endsOn", out _));

        using var scope = _service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.DeputiesContext>();
        var declared = await db.Set<OutboxMessage>().Where(message => message.Type == typeof(CongressDeclared).FullName).ToListAsync();
        Assert.Contains(declared, message => message.Payload.Contains(id.ToString(), StringComparison.Ordinal) && message.Payload.Contains("2025-01-12", StringComparison.Ordinal));
    }
}
