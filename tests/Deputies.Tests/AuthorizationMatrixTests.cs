using System.Net.Http.Json;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>One service and its base data for every case of the matrix.</summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ServiceFactory<Program>? _service;

    public ServiceFactory<Program> Service => _service!;

    public TestData Data { get; private set; } = null!;

    /// <summary>The congress of each division the cases seat deputies in.</summary>
    public Dictionary<string, Congress> Congresses { get; } = [];

    /// <summary>A deputy of the caller's own division who is not the case's target.</summary>
    public Deputy OtherDeputy { get; private set; } = null!;

    private readonly Dictionary<string, object> _shared = [];

    /// <summary>A record created once for every case that only reads it (or must leave it unchanged).</summary>
    public async Task<T> SharedAsync<T>(string key, Func<Task<T>> create)
        where T : class
    {
        await _gate.WaitAsync();
        try
        {
            if (!_shared.TryGetValue(key, out var value))
            {
                value = await create();
                _shared[key] = value;
            }

            return (T)value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task StartAsync(InfrastructureFixture infrastructure)
    {
        await _gate.WaitAsync();
        try
        {
            if (_service is not null)
            {
                return;
            }

            var service = new ServiceFactory<Program>(infrastructure, "deputiesdb");
            Data = new TestData(service);
            using (service.CreateClient())
            {
            }

            await Data.EnsureDivisionsAsync(AuthorizationMatrixTests.Divisions.Values.ToArray());
            foreach (var division in AuthorizationMatrixTests.Divisions.Values)
            {
                Congresses[division] = await Data.CongressAsync(division);
            }

            OtherDeputy = await Data.DeputyAsync(AuthorizationMatrixTests.CallerDivision);
            _service = service;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        _gate.Dispose();
    }
}

/// <summary>
/// Every Deputies endpoint × every role × a target record in the caller's own division, a child division, a sibling
/// and the parent: the status each combination must get. The caller always belongs to 宛城区 (411302).
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class AuthorizationMatrixTests : IClassFixture<MatrixFixture>
{
    public const string CallerDivision = "411302";

    public static readonly Dictionary<string, string> Divisions = new()
    {
        ["own"] = "411302",
        ["child"] = "411302001",
        ["sibling"] = "411303",
        ["parent"] = "411300",
    };

    private static int divisionCounter;
    private readonly InfrastructureFixture _infrastructure;
    private readonly MatrixFixture _matrix;

    public AuthorizationMatrixTests(InfrastructureFixture infrastructure, MatrixFixture matrix)
    {
        _infrastructure = infrastructure;
        _matrix = matrix;
    }

    /// <summary>Who may call an endpoint, and what a caller outside the record's division gets.</summary>
    public enum Rule
    {
        /// <summary>Any signed-in user; out of scope is 404.</summary>
        AnyRead,

        /// <summary>Any signed-in user; the list holds the target only when in scope.</summary>
        AnyList,

        /// <summary>Committee staff and admins; the list holds the target only when in scope.</summary>
        CommitteeList,

        /// <summary>Staff see their subtree, a deputy only their own records.</summary>
        DutyList,

        /// <summary>Admins create in their subtree; elsewhere 403.</summary>
        AdminCreate,

        /// <summary>Committee staff and admins create in their subtree; elsewhere 403.</summary>
        CommitteeCreate,

        /// <summary>Committee staff and admins change records of their subtree; out of scope is 404.</summary>
        CommitteeWrite,

        /// <summary>Staff of the subtree or the deputy themself; another deputy 403; out of scope 404.</summary>
        ForDeputy,

        /// <summary>Staff for a deputy of their subtree, a deputy for themself; otherwise 403.</summary>
        DutyCreate,

        /// <summary>Staff in their subtree, a deputy their own record; other records are not found.</summary>
        DutyItem,

        /// <summary>Staff of the record's subtree confirm or reject; out of scope is 404; anyone else 403.</summary>
        DutyReview,
    }

    private sealed record Endpoint(Rule Rule, int Success, Func<Case, Task<HttpRequestMessage>> Request, Func<Case, Task<string>>? Token = null);

    private static readonly Dictionary<string, Endpoint> Endpoints = new()
    {
        ["GET divisions"] = new(Rule.AnyList, 200, c => Get("/api/deputies/divisions"), c => Task.FromResult($"\"code\":\"{c.Division}\"")),
        ["GET divisions/{code}"] = new(Rule.AnyRead, 200, c => Get($"/api/deputies/divisions/{c.Division}")),
        ["POST divisions"] = new(Rule.AdminCreate, 201, c => Send(HttpMethod.Post, "/api/deputies/divisions", new { code = c.NewDivisionCode(), name = "新设街道" })),

        ["GET congresses"] = new(Rule.AnyList, 200, async c => await Get($"/api/deputies/congresses?divisionCode={c.Division}&term={(await c.FreshCongress()).Term}"), async c => (await c.FreshCongress()).Id.ToString()),
        ["GET congresses/{id}"] = new(Rule.AnyRead, 200, async c => await Get($"/api/deputies/congresses/{(await c.FreshCongress()).Id}")),
        ["POST congresses"] = new(Rule.CommitteeCreate, 201, c => Send(HttpMethod.Post, "/api/deputies/congresses", c.CongressBody(c.Data.NextTerm(c.Division)))),
        ["PUT congresses/{id}"] = new(Rule.CommitteeWrite, 200, async c =>
        {
            var congress = await c.FreshCongress();
            return await Send(HttpMethod.Put, $"/api/deputies/congresses/{congress.Id}", new { name = "更名后的人民代表大会", term = congress.Term, startYear = 2021 });
        }),
        ["DELETE congresses/{id}"] = new(Rule.CommitteeWrite, 204, async c => await Send(HttpMethod.Delete, $"/api/deputies/congresses/{(await c.FreshCongress()).Id}")),

        ["GET deputies"] = new(Rule.AnyList, 200, async c => await Get($"/api/deputies/deputies?name={Uri.EscapeDataString((await c.Deputy()).Name)}"), async c => (await c.Deputy()).Id.ToString()),
        ["GET deputies/{id}"] = new(Rule.AnyRead, 200, async c => await Get($"/api/deputies/deputies/{(await c.Deputy()).Id}")),
        ["POST deputies"] = new(Rule.CommitteeCreate, 201, c => Send(HttpMethod.Post, "/api/deputies/deputies", DeputyBody(c.Division))),
        ["PUT deputies/{id}"] = new(Rule.CommitteeWrite, 200, async c => await Send(HttpMethod.Put, $"/api/deputies/deputies/{(await c.Deputy()).Id}", DeputyBody(c.Division))),
        ["DELETE deputies/{id}"] = new(Rule.CommitteeWrite, 204, async c => await Send(HttpMethod.Delete, $"/api/deputies/deputies/{(await c.Deputy()).Id}")),
        ["POST deputies/{id}/seats"] = new(Rule.CommitteeWrite, 201, async c =>
            await Send(HttpMethod.Post, $"/api/deputies/deputies/{(await c.Deputy()).Id}/seats", new { congressId = c.Matrix.Congresses[c.Division].Id })),
        ["PUT deputies/{id}/seats/{seatId}"] = new(Rule.CommitteeWrite, 200, async c =>
        {
            var deputy = await c.SeatedDeputy();
            return await Send(HttpMethod.Put, $"/api/deputies/deputies/{deputy.Id}/seats/{deputy.Seats[0].Id}", new { status = "resigned" });
        }),
        ["GET deputies/{id}/qr"] = new(Rule.AnyRead, 200, async c => await Get($"/api/deputies/deputies/{(await c.Deputy()).Id}/qr")),
        ["GET deputies/{id}/points"] = new(Rule.ForDeputy, 200, async c => await Get($"/api/deputies/deputies/{(await c.Deputy()).Id}/points?year=2026")),
        ["GET deputies/{id}/report"] = new(Rule.ForDeputy, 200, async c => await Get($"/api/deputies/deputies/{(await c.Deputy()).Id}/report?year=2026")),

        ["GET deputies/{id}/constituents"] = new(Rule.ForDeputy, 200, async c => await Get($"/api/deputies/deputies/{(await c.Deputy()).Id}/constituents")),
        ["GET deputies/{id}/constituents/{cid}"] = new(Rule.ForDeputy, 200, async c =>
            await Get($"/api/deputies/deputies/{(await c.Deputy()).Id}/constituents/{(await c.Constituent()).Id}")),
        ["POST deputies/{id}/constituents"] = new(Rule.ForDeputy, 201, async c =>
            await Send(HttpMethod.Post, $"/api/deputies/deputies/{(await c.Deputy()).Id}/constituents", new { name = "钱阿姨", phone = "13600001234" })),
        ["PUT deputies/{id}/constituents/{cid}"] = new(Rule.ForDeputy, 200, async c =>
            await Send(HttpMethod.Put, $"/api/deputies/deputies/{(await c.Deputy()).Id}/constituents/{(await c.Constituent()).Id}", new { name = "钱阿姨" })),
        ["DELETE deputies/{id}/constituents/{cid}"] = new(Rule.ForDeputy, 204, async c =>
            await Send(HttpMethod.Delete, $"/api/deputies/deputies/{(await c.Deputy()).Id}/constituents/{(await c.Constituent()).Id}")),
        ["GET deputies/{id}/contacts"] = new(Rule.ForDeputy, 200, async c => await Get($"/api/deputies/deputies/{(await c.Deputy()).Id}/contacts")),
        ["POST deputies/{id}/contacts"] = new(Rule.ForDeputy, 201, async c =>
            await Send(HttpMethod.Post, $"/api/deputies/deputies/{(await c.Deputy()).Id}/contacts", new { date = c.Today, method = "phone", summary = "电话了解春耕用水情况" })),

        ["GET groups"] = new(Rule.AnyList, 200, async c => await Get($"/api/deputies/groups?name={Uri.EscapeDataString((await c.Group()).Name)}"), async c => (await c.Group()).Id.ToString()),
        ["GET groups/{id}"] = new(Rule.AnyRead, 200, async c => await Get($"/api/deputies/groups/{(await c.Group()).Id}")),
        ["POST groups"] = new(Rule.CommitteeCreate, 201, c => Send(HttpMethod.Post, "/api/deputies/groups", new { divisionCode = c.Division, name = TestData.UniqueName("小组"), kind = "professional-group" })),
        ["PUT groups/{id}"] = new(Rule.CommitteeWrite, 200, async c => await Send(HttpMethod.Put, $"/api/deputies/groups/{(await c.Group()).Id}", new { name = "乡村振兴专业代表小组", kind = "professional-group" })),
        ["DELETE groups/{id}"] = new(Rule.CommitteeWrite, 204, async c => await Send(HttpMethod.Delete, $"/api/deputies/groups/{(await c.Group()).Id}")),
        ["POST groups/{id}/members"] = new(Rule.CommitteeWrite, 200, async c =>
            await Send(HttpMethod.Post, $"/api/deputies/groups/{(await c.Group()).Id}/members", new { deputyId = (await c.Deputy()).Id })),
        ["DELETE groups/{id}/members/{deputyId}"] = new(Rule.CommitteeWrite, 204, async c =>
            await Send(HttpMethod.Delete, $"/api/deputies/groups/{(await c.Group(withMember: true)).Id}/members/{(await c.Deputy()).Id}")),

        ["GET duties"] = new(Rule.DutyList, 200, async c => await Get($"/api/deputies/duties?deputyId={(await c.Deputy()).Id}"), async c => (await c.Duty()).Id.ToString()),
        ["GET duties/{id}"] = new(Rule.DutyItem, 200, async c => await Get($"/api/deputies/duties/{(await c.Duty()).Id}")),
        ["POST duties"] = new(Rule.DutyCreate, 201, async c =>
            await Send(HttpMethod.Post, "/api/deputies/duties", new { deputyId = (await c.Deputy()).Id, kind = "research", title = "调研农村饮水安全", date = c.Today })),
        ["PUT duties/{id}"] = new(Rule.DutyItem, 200, async c =>
            await Send(HttpMethod.Put, $"/api/deputies/duties/{(await c.Duty()).Id}", new { kind = "inspection", title = "视察高标准农田建设", date = c.Today })),
        ["DELETE duties/{id}"] = new(Rule.DutyItem, 204, async c => await Send(HttpMethod.Delete, $"/api/deputies/duties/{(await c.Duty()).Id}")),
        ["POST duties/{id}/confirm"] = new(Rule.DutyReview, 200, async c => await Send(HttpMethod.Post, $"/api/deputies/duties/{(await c.Duty()).Id}/confirm")),
        ["POST duties/{id}/reject"] = new(Rule.DutyReview, 200, async c =>
            await Send(HttpMethod.Post, $"/api/deputies/duties/{(await c.Duty()).Id}/reject", new { reason = "无佐证材料" })),

        ["GET rankings"] = new(Rule.AnyList, 200, async c =>
            await Get($"/api/deputies/rankings?quarter=2026Q4&congressId={(await c.FreshCongress()).Id}"), async c => (await c.SeatedDeputy(fresh: true)).Id.ToString()),
        ["GET warnings"] = new(Rule.CommitteeList, 200, async c =>
            await Get($"/api/deputies/warnings?year=2026&congressId={(await c.FreshCongress()).Id}"), async c => (await c.SeatedDeputy(fresh: true)).Id.ToString()),
        ["PUT warnings/{year}/deputies/{id}/justification"] = new(Rule.CommitteeWrite, 200, async c =>
            await Send(HttpMethod.Put, $"/api/deputies/warnings/2026/deputies/{(await c.Deputy()).Id}/justification", new { reason = "长期病休" })),
        ["PUT warnings/{year}/deputies/{id}/talk"] = new(Rule.CommitteeWrite, 200, async c =>
            await Send(HttpMethod.Put, $"/api/deputies/warnings/2026/deputies/{(await c.Deputy()).Id}/talk", new { date = c.Today, note = "预警谈话" })),
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var endpoint in Endpoints.Keys)
        {
            foreach (var role in Roles.All)
            {
                foreach (var relation in Divisions.Keys)
                {
                    data.Add(endpoint, role, relation);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_answers_each_role_as_the_rules_say_for_each_division(string endpoint, string role, string relation)
    {
        await _matrix.StartAsync(_infrastructure);
        var spec = Endpoints[endpoint];
        var @case = new Case(_matrix, Divisions[relation]);

        // Build the targets first (the containment token may need them too), then call as the role.
        var token = spec.Token is null ? null : await spec.Token(@case);
        using var request = await spec.Request(@case);
        var deputyId = relation == "own" ? (await @case.Deputy()).Id : _matrix.OtherDeputy.Id;
        using var client = _matrix.Service.CreateClient(TestTokens.Subject(role, CallerDivision, deputyId: role == Roles.Deputy ? deputyId : null));

        using var response = await client.SendAsync(request);

        var (status, contains) = Expect(spec.Rule, role, relation, spec.Success);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{endpoint} as {role} on {relation}: expected {status}, got {(int)response.StatusCode} {body}");
        if (contains is { } expected && token is not null)
        {
            Assert.True(expected == body.Contains(token, StringComparison.Ordinal), $"{endpoint} as {role} on {relation}: the list {(expected ? "lacks" : "shows")} the target");
        }
    }

    private static (int Status, bool? Contains) Expect(Rule rule, string role, string relation, int success)
    {
        var inScope = relation is "own" or "child";
        var staff = role is Roles.StationStaff or Roles.CommitteeStaff or Roles.Admin;
        var committee = role is Roles.CommitteeStaff or Roles.Admin;
        var deputy = role == Roles.Deputy;
        var ownDeputy = deputy && relation == "own";
        return rule switch
        {
            Rule.AnyRead => (inScope ? success : 404, null),
            Rule.AnyList => (200, inScope),
            Rule.CommitteeList => committee ? (200, inScope) : (403, null),
            Rule.DutyList => staff ? (200, inScope) : deputy ? (200, ownDeputy) : (403, null),
            Rule.AdminCreate => (role == Roles.Admin && inScope ? success : 403, null),
            Rule.CommitteeCreate => (committee && inScope ? success : 403, null),
            Rule.CommitteeWrite => (!committee ? 403 : inScope ? success : 404, null),
            Rule.ForDeputy => (staff ? (inScope ? success : 404) : deputy ? (!inScope ? 404 : ownDeputy ? success : 403) : 403, null),
            Rule.DutyCreate => (staff ? (inScope ? success : 403) : ownDeputy ? success : 403, null),
            Rule.DutyReview => (staff ? (inScope ? success : 404) : 403, null),
            Rule.DutyItem => (staff ? (inScope ? success : 404) : deputy ? (ownDeputy ? success : 404) : 403, null),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static Task<HttpRequestMessage> Send(HttpMethod method, string url, object? body = null) =>
        Task.FromResult(new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) });

    private static object DeputyBody(string division) => new
    {
        name = TestData.UniqueName("孙"),
        divisionCode = division,
        gender = "female",
        ethnicity = "汉族",
        birthDate = "1979-06-01",
        phone = "13512345678",
        occupation = "社区党委书记",
    };

    /// <summary>The target records of one case, created on first use in the case's division.</summary>
    private sealed class Case(MatrixFixture matrix, string division)
    {
        private Deputy? _deputy;
        private Deputy? _seated;
        private Congress? _congress;
        private DeputyGroup? _group;
        private Constituent? _constituent;
        private DutyRecord? _duty;

        public MatrixFixture Matrix => matrix;

        public TestData Data => matrix.Data;

        public string Division => division;

        public DateOnly Today => DateOnly.FromDateTime(Data.Now.UtcDateTime).AddDays(-1);

        public async Task<Deputy> Deputy() => _deputy ??= await Data.DeputyAsync(division);

        public async Task<Deputy> SeatedDeputy(bool fresh = false) =>
            _seated ??= await Data.DeputyAsync(TestData.DeputyInput(division), fresh ? await FreshCongress() : matrix.Congresses[division]);

        public async Task<Congress> FreshCongress() => _congress ??= await Data.CongressAsync(division);

        public async Task<DeputyGroup> Group(bool withMember = false) =>
            _group ??= withMember ? await Data.GroupAsync(division, await Deputy()) : await Data.GroupAsync(division);

        public async Task<Constituent> Constituent() => _constituent ??= await Data.ConstituentAsync(await Deputy());

        public async Task<DutyRecord> Duty() => _duty ??= await Data.DutyAsync(await Deputy(), DutyKinds.Research, Today, DutySources.Deputy);

        public object CongressBody(int term) =>
            new { divisionCode = division, level = TestData.LevelFor(division), term, name = $"第{term}届人民代表大会", startYear = 2021 };

        /// <summary>A new code below the case's division (a township of a county), or a new county for the city.</summary>
        public string NewDivisionCode()
        {
            var n = Interlocked.Increment(ref divisionCounter);
            return division switch
            {
                { Length: 9 } => $"{division[..6]}{500 + n:D3}",
                "411300" => $"4113{50 + n:D2}",
                _ => $"{division}{500 + n:D3}",
            };
        }
    }
}
