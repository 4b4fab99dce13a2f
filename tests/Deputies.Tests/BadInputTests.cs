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
        string birthDate = "1979-06-01", object?[]? seats = null, Guid? stationId = null, string ethnicity = "汉族", string occupation = "教师",
        string? constituency = null, string? stationName = null) => new
    {
        name, divisionCode = division, gender, ethnicity, birthDate, phone, occupation, constituency, seats, stationId, stationName,
    };

    private static object CongressBody(
        string level = "county", int term = 90, string name = "宛城区人民代表大会", object?[]? pointsRules = null, string division = Division) =>
        new { divisionCode = division, level, term, name, startYear = 2021, pointsRules };

    /// <summary>Text one character longer than <paramref name="maxLength"/>, or the reviewer's 100,000 characters.</summary>
    private static string Long(int maxLength = 99_999) => new('长', maxLength + 1);

    private static readonly string TwoMegabytes = new('1', 2 * 1024 * 1024);

    private static object[] Rules(int count) => [.. Enumerable.Range(0, count).Select(_ => new { kind = "training", points = 1, yearlyCap = 5 })];

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

        // Over-long text, oversized lists and null list items: refused naming the field, never truncated or stored.
        ["division name over-long"] = new(Roles.Admin, HttpMethod.Post, _ => "/api/deputies/divisions", _ => new { code = "411302903", name = Long(Domain.Division.MaxNameLength) }, "name"),
        ["division code of 100,000 digits"] = new(Roles.Admin, HttpMethod.Post, _ => "/api/deputies/divisions", _ => new { code = new string('4', 100_000), name = "某地" }, "code"),
        ["division code of 2 MB"] = new(Roles.Admin, HttpMethod.Post, _ => "/api/deputies/divisions", _ => new { code = TwoMegabytes, name = "某地" }, "code"),
        ["division parent code of 2 MB"] = new(Roles.Admin, HttpMethod.Post, _ => "/api/deputies/divisions", _ => new { code = "411302903", name = "某街道", parentCode = TwoMegabytes }, "parentCode"),

        ["congress name over-long"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses", _ => CongressBody(name: Long(Congress.MaxNameLength)), "name"),
        ["congress division code of 2 MB"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses", _ => CongressBody(division: TwoMegabytes), "divisionCode"),
        ["congress with more rules than duty kinds"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses",
            _ => CongressBody(pointsRules: Rules(DutyKinds.All.Count + 1)), "pointsRules"),
        ["congress with 100,000 rules"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses", _ => CongressBody(pointsRules: Rules(100_000)), "pointsRules"),
        ["congress rule null"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/congresses", _ => CongressBody(pointsRules: [null]), "pointsRules[0]"),
        ["congress change name of 100,000 characters"] = new(Roles.CommitteeStaff, HttpMethod.Put, t => $"/api/deputies/congresses/{t.Congress.Id}",
            t => new { name = Long(), term = t.Congress.Term, startYear = 2021 }, "name"),
        ["congress change division code of 2 MB"] = new(Roles.CommitteeStaff, HttpMethod.Put, t => $"/api/deputies/congresses/{t.Congress.Id}",
            t => new { divisionCode = TwoMegabytes, name = "宛城区人民代表大会", term = t.Congress.Term, startYear = 2021 }, "divisionCode"),

        ["deputy name of 100,000 characters"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(name: Long()), "name"),
        ["deputy name over-long"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(name: Long(Deputy.MaxNameLength)), "name"),
        ["deputy ethnicity over-long"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(ethnicity: Long(Deputy.MaxEthnicityLength)), "ethnicity"),
        ["deputy occupation over-long"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(occupation: Long(Deputy.MaxOccupationLength)), "occupation"),
        ["deputy constituency over-long"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(constituency: Long(Deputy.MaxConstituencyLength)), "constituency"),
        ["deputy station name over-long"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies",
            _ => DeputyBody(stationId: Guid.NewGuid(), stationName: Long(Deputy.MaxStationNameLength)), "stationName"),
        ["deputy phone of 100,000 digits"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(phone: new string('1', 100_000)), "phone"),
        ["deputy division code of 2 MB"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", _ => DeputyBody(division: TwoMegabytes), "divisionCode"),
        ["deputy with too many seats"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies",
            t => DeputyBody(seats: [.. Enumerable.Range(0, Deputy.MaxSeatsAtRegistration + 1).Select(_ => new { congressId = t.Congress.Id })]), "seats"),
        ["deputy seat null"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies", t => DeputyBody(seats: [new { congressId = t.Congress.Id }, null]), "seats[1]"),
        ["deputy seat constituency over-long"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/deputies",
            t => DeputyBody(seats: [new { congressId = t.Congress.Id, constituency = Long(Deputy.MaxConstituencyLength) }]), "seats[0].constituency"),
        ["deputy change name of 100,000 characters"] = new(Roles.CommitteeStaff, HttpMethod.Put, t => $"/api/deputies/deputies/{t.Deputy.Id}", _ => DeputyBody(name: Long()), "name"),
        ["seat constituency over-long"] = new(Roles.CommitteeStaff, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/seats",
            t => new { congressId = t.Congress.Id, constituency = Long() }, "constituency"),
        ["seat change constituency over-long"] = new(Roles.CommitteeStaff, HttpMethod.Put, t => $"/api/deputies/deputies/{t.Deputy.Id}/seats/{t.Deputy.Seats[0].Id}",
            _ => new { constituency = Long(Deputy.MaxConstituencyLength) }, "constituency"),

        ["constituent name over-long"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/constituents", _ => new { name = Long(Constituent.MaxNameLength) }, "name"),
        ["constituent address over-long"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/constituents",
            _ => new { name = "吴大姐", address = Long(Constituent.MaxAddressLength) }, "address"),
        ["constituent note of 100,000 characters"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/constituents",
            _ => new { name = "吴大姐", note = Long() }, "note"),
        ["constituent change note over-long"] = new(Roles.StationStaff, HttpMethod.Put, t => $"/api/deputies/deputies/{t.Deputy.Id}/constituents/{t.Constituent.Id}",
            _ => new { name = "吴大姐", note = Long(Constituent.MaxNoteLength) }, "note"),
        ["contact summary over-long"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/contacts",
            t => new { date = t.Today, method = "visit", summary = Long(ConstituentContact.MaxSummaryLength) }, "summary"),
        ["contact method of 100,000 characters"] = new(Roles.Deputy, HttpMethod.Post, t => $"/api/deputies/deputies/{t.Deputy.Id}/contacts",
            t => new { date = t.Today, method = Long(), summary = "走访" }, "method"),

        ["group name over-long"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/groups",
            _ => new { divisionCode = Division, name = Long(DeputyGroup.MaxNameLength), kind = "deputy-group" }, "name"),
        ["group description of 100,000 characters"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/groups",
            _ => new { divisionCode = Division, name = "代表小组", kind = "deputy-group", description = Long() }, "description"),
        ["group with too many members"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/groups",
            _ => new { divisionCode = Division, name = "代表小组", kind = "deputy-group", memberIds = Enumerable.Range(0, 100_000).Select(_ => Guid.NewGuid()).ToArray() }, "memberIds"),
        ["group member null"] = new(Roles.CommitteeStaff, HttpMethod.Post, _ => "/api/deputies/groups",
            t => new { divisionCode = Division, name = "代表小组", kind = "deputy-group", memberIds = new Guid?[] { t.Deputy.Id, null } }, "memberIds[1]"),
        ["group change description over-long"] = new(Roles.CommitteeStaff, HttpMethod.Put, t => $"/api/deputies/groups/{t.Group.Id}",
            _ => new { name = "代表小组", kind = "delegation", description = Long(DeputyGroup.MaxDescriptionLength) }, "description"),

        ["duty title over-long"] = new(Roles.Deputy, HttpMethod.Post, _ => "/api/deputies/duties", t => new { kind = "research", title = Long(DutyRecord.MaxTitleLength), date = t.Today }, "title"),
        ["duty description of 100,000 characters"] = new(Roles.StationStaff, HttpMethod.Post, _ => "/api/deputies/duties",
            t => new { deputyId = t.Deputy.Id, kind = "research", title = "调研", description = Long(), date = t.Today }, "description"),
        ["duty change description over-long"] = new(Roles.Deputy, HttpMethod.Put, t => $"/api/deputies/duties/{t.Duty.Id}",
            t => new { kind = "research", title = "调研", description = Long(DutyRecord.MaxDescriptionLength), date = t.Today }, "description"),
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
                await data.DutyAsync(deputy, DutyKinds.Research, DateOnly.FromDateTime(data.Now.UtcDateTime).AddDays(-2), DutySources.Deputy),
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
            // The relay marks earlier events sent while a test runs; a refused request must add no event, so the
            // outbox is compared by its ids.
            var row = table == "outbox_messages" ? "t.\"Id\"::text" : "t::text";
            await using var command = new NpgsqlCommand($"SELECT count(*)::text || ':' || coalesce(md5(string_agg({row}, ',' ORDER BY {row})), '') FROM {table} t", connection);
            parts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }

        return string.Join(";", parts);
    }
}
