using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>Bad input on every write endpoint: 400 problem details naming the field, and nothing stored.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BadInputTests(InfrastructureFixture infrastructure, MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private const string Division = AuthorizationMatrixTests.CallerDivision;

    private static readonly string[] Tables =
    [
        "divisions", "congresses", "deputies", "deputy_seats", "deputy_groups", "group_members", "constituents",
        "constituent_contacts", "duty_records", "outbox_messages",
    ];

    private sealed record Targets(Deputy Deputy, Congress Congress, Constituent Constituent, DeputyGroup Group, DutyRecord Duty, DateOnly Today);

    private sealed record BadCase(string Role, HttpMethod Method, Func<Targets, string> Url, Func<Targets, object> Body, string Field);

    private static object DeputyBody(string? name = "周", string division = Division, string phone = "13512345678", string gender = "female",
        string birthDate = "1979-06-01", object[]? seats = null, Guid? stationId = null) => new
    {
        name, divisionCode = division, gender, ethnicity = "汉族", birthDate, phone, occupation = "教师", seats, stationId,
    };

    private static object CongressBody(string level = "county", int term = 90, string name = "宛城区人民代表大会", object[]? pointsRules = null) =>
        new { divisionCode = Division, level, term, name, startYear = 2021, pointsRules };

    private static readonly Dictionary<string, BadCase> Cases = new()
    {
        ["division code malformed"] = new(Roles.Admin, HttpMethod.Post, _ => "/api/deputies/divisions", _ => new { code = "12345", name = "某地" }, "code"),
        ["division name empty"] = new(Roles.Admin, HttpMethod.Post, _ => "/api/deputies/divisions", _ => new { code = "411302901", name = " " }, "name"),
        ["division parent disagrees"] = new(Roles.Admin, HttpMethod.Post, _ => "/api/deputies/divisions", _ => new { code = "411302902", name = "某街道", parentCode = "411303" }, "parentCode"),
        ["division parent missing"] = new(Roles.Admin, HttpMethod.Post, _ => "/api/deputies/divisions", _ => new { code = "411399001", name = "无上级" }, "code"),

        ["congress level unknown"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses", _ => CongressBody(level: "galaxy"), "level"),
        ["congress level not the division's"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses", _ => CongressBody(level: "city"), "level"),
        ["congress term zero"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses", _ => CongressBody(term: 0), "term"),
        ["congress name empty"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses", _ => CongressBody(name: ""), "name"),
        ["congress rule kind unknown"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses",
            _ => CongressBody(pointsRules: [new { kind = "nap", points = 1, yearlyCap = 5 }]), "pointsRules[0].kind"),
        ["congress rule cap below points"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses",
            _ => CongressBody(pointsRules: [new { kind = "training", points = 5, yearlyCap = 2 }]), "pointsRules[0].yearlyCap"),
        ["congress change name empty"] = new(Roles.CommitteeStaff, HttpMethod.Put, t => $"/api/deputies/congresses/{t.Congress.Id}",
            t => new { name = "", term = t.Congress.Term, startYear = 2021 }, "name"),

        ["deputy name empty"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(name: ""), "name"),
        ["deputy division malformed"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(division: "41"), "divisionCode"),
        ["deputy phone malformed"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(phone: "12345"), "phone"),
        ["deputy gender unknown"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(gender: "x"), "gender"),
        ["deputy too young"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(birthDate: "2020-01-01"), "birthDate"),
        ["deputy birth date unreadable"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(birthDate: "not-a-date"), "birthDate"),
        ["deputy seat congress unknown"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies",
            _ => DeputyBody(seats: [new { congressId = Guid.NewGuid() }]), "seats[0].congressId"),
        ["deputy station without name"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(stationId: Guid.NewGuid()), "stationName"),
        ["deputy change phone malformed"] = new(Roles.CommitteeStaff, HttpMethod.Put, t => $"/api/deputies/deputies/{t.Deputy.Id}", _ => DeputyBody(phone: "1381234"), "phone"),
        ["seat congress unknown"] = new(Roles.CommitteeStaff, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/seats", _ => new { congressId = Guid.NewGuid() }, "congressId"),
        ["seat already serving"] = new(Roles.CommitteeStaff, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/seats", t => new { congressId = t.Congress.Id }, "congressId"),
        ["seat status unknown"] = new(Roles.CommitteeStaff, HttpMethod.Put, t => $"/api/deputies/deputies/{t.Deputy.Id}/seats/{t.Deputy.Seats[0].Id}", _ => new { status = "retired" }, "status"),

        ["constituent name empty"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/constituents", _ => new { name = "" }, "name"),
        ["constituent phone malformed"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/constituents", _ => new { name = "吴大姐", phone = "abc" }, "phone"),
        ["constituent change name empty"] = new(Roles.StationStaff, HttpMethod.Put, t => $"/api/deputies/deputies/{t.Deputy.Id}/constituents/{t.Constituent.Id}", _ => new { name = "" }, "name"),
        ["contact method unknown"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/contacts", t => new { date = t.Today, method = "pigeon", summary = "走访" }, "method"),
        ["contact date in the future"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/contacts", t => new { date = t.Today.AddDays(30), method = "visit", summary = "走访" }, "date"),
        ["contact summary empty"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/contacts", t => new { date = t.Today, method = "visit", summary = "" }, "summary"),
        ["contact constituent unknown"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/contacts",
            t => new { constituentId = Guid.NewGuid(), date = t.Today, method = "visit", summary = "走访" }, "constituentId"),

        ["group kind unknown"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/groups", _ => new { divisionCode = Division, name = "读书会", kind = "club" }, "kind"),
        ["group division malformed"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/groups", _ => new { divisionCode = "x", name = "代表小组", kind = "deputy-group" }, "divisionCode"),
        ["group member unknown"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/groups",
            _ => new { divisionCode = Division, name = "代表小组", kind = "deputy-group", memberIds = new[] { Guid.NewGuid() } }, "memberIds[0]"),
        ["group change name empty"] = new(Roles.CommitteeStaff, HttpMethod.Put, t => $"/api/deputies/groups/{t.Group.Id}", _ => new { name = "", kind = "delegation" }, "name"),
        ["group new member unknown"] = new(Roles.CommitteeStaff, HttpMethod.Post, t => $"/api/deputies/groups/{t.Group.Id}/members", _ => new { deputyId = Guid.NewGuid() }, "deputyId"),

        ["duty kind unknown"] = new(Roles.StationStaff, HttpMethod.Post, _ => "/api/deputies/duties", t => new { deputyId = t.Deputy.Id, kind = "sleep", title = "休息", date = t.Today }, "kind"),
        ["duty title empty"] = new(Roles.Deputy, HttpMethod.Post, _ => "/api/deputies/duties", t => new { kind = "research", title = "", date = t.Today }, "title"),
        ["duty date missing"] = new(Roles.Deputy, HttpMethod.Post, _ => "/api/deputies/duties", t => new { kind = "research", title = "调研" }, "date"),
        ["duty deputy unknown"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/duties", t => new { deputyId = Guid.NewGuid(), kind = "research", title = "调研", date = t.Today }, "deputyId"),
        ["duty congress not the deputy's"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/duties",
            t => new { deputyId = t.Deputy.Id, kind = "research", title = "调研", date = t.Today, congressId = Guid.NewGuid() }, "congressId"),
        ["duty change kind unknown"] = new(Roles.Deputy, HttpMethod.Put, t => $"/api/deputies/duties/{t.Duty.Id}", t => new { kind = "x", title = "调研", date = t.Today }, "kind"),
    };

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_stored(string name)
    {
        var spec = Cases[name];
        var targets = await TargetsAsync();
        var before = await FingerprintAsync();
        using var client = fixture.Service.CreateClient(TestTokens.Subject(spec.Role, Division, deputyId: spec.Role == Roles.Deputy ? targets.Deputy.Id : null));
        using var request = new HttpRequestMessage(spec.Method, spec.Url(targets))
        {
            Content = new StringContent(JsonSerializer.Serialize(spec.Body(targets), JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(spec.Field, out _), $"{name}: {body}");
        Assert.Equal(before, await FingerprintAsync());
    }

    [Theory]
    [InlineData("/api/deputies/deputies?page=0", "page")]
    [InlineData("/api/deputies/deputies?pageSize=1000", "pageSize")]
    [InlineData("/api/deputies/deputies?sort=salary", "sort")]
    [InlineData("/api/deputies/congresses?level=galaxy", "level")]
    [InlineData("/api/deputies/groups?kind=club", "kind")]
    [InlineData("/api/deputies/duties?kind=sleep", "kind")]
    [InlineData("/api/deputies/rankings?quarter=2026Q5", "quarter")]
    [InlineData("/api/deputies/warnings?year=1800", "year")]
    public async Task Bad_list_parameters_are_refused_naming_the_parameter(string url, string field)
    {
        await TargetsAsync();
        using var client = fixture.Service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, Division));

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private async Task<Targets> TargetsAsync()
    {
        await fixture.StartAsync(infrastructure);
        return await fixture.SharedAsync("bad-input", async () =>
        {
            var data = fixture.Data;
            var congress = fixture.Congresses[Division];
            var deputy = await data.DeputyAsync(Division, congress);
            return new Targets(
                deputy, congress, await data.ConstituentAsync(deputy), await data.GroupAsync(Division, deputy),
                await data.DutyAsync(deputy, DutyKinds.Research, DateOnly.FromDateTime(data.Now.UtcDateTime).AddDays(-2)),
                DateOnly.FromDateTime(data.Now.UtcDateTime));
        });
    }

    /// <summary>A digest of every row of every table the service writes.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.Service.DatabaseConnectionString);
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM {table} t", connection);
            parts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }

        return string.Join(";", parts);
    }
}
