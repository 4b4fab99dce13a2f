using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;
using RenminDaibiao.Suggestions.Domain;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Suggestions.Tests;

/// <summary>
/// Over-long strings, oversized lists and null list items on every write route: 400 problem details naming the
/// field (JSON path style), and nothing stored: never truncated, never silently dropped, never a 500.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class InputLimitsTests(InfrastructureFixture infrastructure, InputLimitsTargets targets) : IClassFixture<InputLimitsTargets>
{
    private const string LeadUnit = SuggestionsHarness.LeadUnit;

    /// <summary>Tables whose every row must stay as it was; the outbox, which the relay updates, must only gain no rows.</summary>
    private static readonly string[] Tables =
    [
        "suggestions", "suggestion_cosigners", "suggestion_co_units", "suggestion_history", "suggestion_answers",
        "suggestion_ratings", "suggestion_progress", "handling_units", "attachments",
    ];

    private static readonly string TwoMegabytes = new('1', 2 * 1024 * 1024);

    private static string Long(int length) => new('长', length);

    private enum Caller
    {
        Staff,
        Deputy,
        Unit,
        CoUnit,
    }

    private sealed record LimitCase(Caller Caller, HttpMethod Method, Func<InputLimitsTargets, string> Url, Func<InputLimitsTargets, object> Body, string Field);

    private static object Draft(
        string title = "关于增设路灯的建议", string body = "正文", string? category = null, string? divisionCode = null,
        string? leadDeputyName = null, Guid? leadDeputyId = null, IEnumerable<Guid?>? coSignerIds = null) =>
        new { title, body, category, divisionCode, leadDeputyName, leadDeputyId, coSignerIds };

    private static Guid?[] Deputies(int count) => [.. Enumerable.Range(0, count).Select(_ => (Guid?)Guid.CreateVersion7())];

    private static string SuggestionUrl(Guid id, string action = "") => $"/api/suggestions/suggestions/{id}{action}";

    private static readonly Dictionary<string, LimitCase> Cases = new()
    {
        ["draft title over-long"] = new(Caller.Deputy, HttpMethod.Post, _ => "/api/suggestions/suggestions",
            _ => Draft(title: Long(Suggestion.MaxTitleLength + 1)), "title"),
        ["draft body over-long"] = new(Caller.Deputy, HttpMethod.Post, _ => "/api/suggestions/suggestions",
            _ => Draft(body: Long(Suggestion.MaxBodyLength + 1)), "body"),
        ["draft category over-long"] = new(Caller.Deputy, HttpMethod.Post, _ => "/api/suggestions/suggestions",
            _ => Draft(category: Long(Suggestion.MaxCategoryLength + 1)), "category"),
        ["draft lead deputy name of 100,000 characters"] = new(Caller.Staff, HttpMethod.Post, _ => "/api/suggestions/suggestions",
            t => Draft(leadDeputyId: t.Harness.DeputyId, leadDeputyName: Long(100_000)), "leadDeputyName"),
        ["draft division code of 2 MB"] = new(Caller.Staff, HttpMethod.Post, _ => "/api/suggestions/suggestions",
            t => Draft(leadDeputyId: t.Harness.DeputyId, divisionCode: TwoMegabytes), "divisionCode"),
        ["draft with too many co-signers"] = new(Caller.Deputy, HttpMethod.Post, _ => "/api/suggestions/suggestions",
            _ => Draft(coSignerIds: Deputies(Suggestion.MaxCoSigners + 1)), "coSignerIds"),
        ["draft with 100,000 co-signers"] = new(Caller.Deputy, HttpMethod.Post, _ => "/api/suggestions/suggestions",
            _ => Draft(coSignerIds: Deputies(100_000)), "coSignerIds"),
        ["draft co-signer null"] = new(Caller.Deputy, HttpMethod.Post, _ => "/api/suggestions/suggestions",
            _ => Draft(coSignerIds: [Guid.CreateVersion7(), null]), "coSignerIds[1]"),

        ["edit title over-long"] = new(Caller.Deputy, HttpMethod.Put, t => SuggestionUrl(t.Draft),
            _ => Draft(title: Long(100_000)), "title"),
        ["edit co-signer null"] = new(Caller.Deputy, HttpMethod.Put, t => SuggestionUrl(t.Draft),
            _ => Draft(coSignerIds: [null]), "coSignerIds[0]"),
        ["edit with too many co-signers"] = new(Caller.Deputy, HttpMethod.Put, t => SuggestionUrl(t.Draft),
            _ => Draft(coSignerIds: Deputies(Suggestion.MaxCoSigners + 1)), "coSignerIds"),

        ["return reason over-long"] = new(Caller.Staff, HttpMethod.Post, t => SuggestionUrl(t.Submitted, "/review"),
            _ => new { decision = "return", reason = Long(Suggestion.MaxTextLength + 1) }, "reason"),
        ["merge reason of 100,000 characters"] = new(Caller.Staff, HttpMethod.Post, t => SuggestionUrl(t.Submitted, "/review"),
            t => new { decision = "merge", targetId = t.MergeTarget, reason = Long(100_000) }, "reason"),
        ["accept category over-long"] = new(Caller.Staff, HttpMethod.Post, t => SuggestionUrl(t.Submitted, "/review"),
            _ => new { decision = "accept", category = Long(Suggestion.MaxCategoryLength + 1) }, "category"),

        ["assign lead unit code of 100,000 characters"] = new(Caller.Staff, HttpMethod.Post, t => SuggestionUrl(t.Accepted, "/assign"),
            _ => new { leadUnitCode = Long(100_000) }, "leadUnitCode"),
        ["assign co-unit code over-long"] = new(Caller.Staff, HttpMethod.Post, t => SuggestionUrl(t.Accepted, "/assign"),
            _ => new { leadUnitCode = LeadUnit, coUnitCodes = new[] { "411302-" + new string('A', HandlingUnit.MaxCodeLength) } }, "coUnitCodes[0]"),
        ["assign co-unit null"] = new(Caller.Staff, HttpMethod.Post, t => SuggestionUrl(t.Accepted, "/assign"),
            _ => new { leadUnitCode = LeadUnit, coUnitCodes = new[] { SuggestionsHarness.CoUnitCode, null } }, "coUnitCodes[1]"),
        ["assign too many co-units"] = new(Caller.Staff, HttpMethod.Post, t => SuggestionUrl(t.Accepted, "/assign"),
            _ => new { leadUnitCode = LeadUnit, coUnitCodes = Enumerable.Range(0, 100_000).Select(i => $"411302-U{i}").ToArray() }, "coUnitCodes"),

        ["co-unit opinion over-long"] = new(Caller.CoUnit, HttpMethod.Post, t => SuggestionUrl(t.Assigned, "/opinion"),
            _ => new { opinion = Long(Suggestion.MaxTextLength + 1) }, "opinion"),
        ["contact note over-long"] = new(Caller.Unit, HttpMethod.Post, t => SuggestionUrl(t.Assigned, "/contact"),
            _ => new { note = Long(Suggestion.MaxTextLength + 1) }, "note"),
        ["answer content over-long"] = new(Caller.Unit, HttpMethod.Post, t => SuggestionUrl(t.Contacted, "/answer"),
            _ => new { category = "solved", content = Long(Suggestion.MaxAnswerContentLength + 1) }, "content"),
        ["answer reason of 100,000 characters"] = new(Caller.Unit, HttpMethod.Post, t => SuggestionUrl(t.Contacted, "/answer"),
            _ => new { category = "cannot-solve-now", content = "暂无资金", reason = Long(100_000) }, "reason"),
        ["rating comment of 100,000 characters"] = new(Caller.Deputy, HttpMethod.Post, t => SuggestionUrl(t.Answered, "/rate"),
            _ => new { rating = "unsatisfied", comment = Long(100_000) }, "comment"),
        ["progress note over-long"] = new(Caller.Unit, HttpMethod.Post, t => SuggestionUrl(t.BeingSolved, "/progress"),
            _ => new { note = Long(Suggestion.MaxTextLength + 1), done = true }, "note"),

        ["unit code of 100,000 characters"] = new(Caller.Staff, HttpMethod.Post, _ => "/api/suggestions/units",
            _ => new { code = "411302-" + new string('A', 100_000), name = "某局", divisionCode = SuggestionsHarness.County }, "code"),
        ["unit code of 2 MB"] = new(Caller.Staff, HttpMethod.Post, _ => "/api/suggestions/units",
            _ => new { code = TwoMegabytes, name = "某局", divisionCode = SuggestionsHarness.County }, "code"),
        ["unit division code of 2 MB"] = new(Caller.Staff, HttpMethod.Post, _ => "/api/suggestions/units",
            _ => new { code = "411302-MJJ", name = "某局", divisionCode = TwoMegabytes }, "divisionCode"),
        ["unit name over-long"] = new(Caller.Staff, HttpMethod.Post, _ => "/api/suggestions/units",
            _ => new { code = "411302-MJJ", name = Long(HandlingUnit.MaxNameLength + 1), divisionCode = SuggestionsHarness.County }, "name"),
        ["unit contact person over-long"] = new(Caller.Staff, HttpMethod.Post, _ => "/api/suggestions/units",
            _ => new { code = "411302-MJJ", name = "某局", divisionCode = SuggestionsHarness.County, contactPerson = Long(HandlingUnit.MaxContactPersonLength + 1) }, "contactPerson"),
        ["unit change name over-long"] = new(Caller.Staff, HttpMethod.Put, _ => $"/api/suggestions/units/{LeadUnit}",
            _ => new { name = Long(100_000) }, "name"),
        ["unit change contact person over-long"] = new(Caller.Staff, HttpMethod.Put, _ => $"/api/suggestions/units/{LeadUnit}",
            _ => new { name = "某局", contactPerson = Long(100_000) }, "contactPerson"),
        ["unit change code of 100,000 characters"] = new(Caller.Staff, HttpMethod.Put, _ => $"/api/suggestions/units/{LeadUnit}",
            _ => new { code = "411302-" + new string('A', 100_000), name = "某局" }, "code"),
        ["unit change division code of 2 MB"] = new(Caller.Staff, HttpMethod.Put, _ => $"/api/suggestions/units/{LeadUnit}",
            _ => new { name = "某局", divisionCode = TwoMegabytes }, "divisionCode"),
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
    public async Task Oversized_input_is_refused_naming_the_field_and_nothing_is_stored(string name)
    {
        var spec = Cases[name];
        await targets.StartAsync(infrastructure);
        var before = await FingerprintAsync();
        var client = spec.Caller switch
        {
            Caller.Staff => targets.Harness.Staff,
            Caller.Deputy => targets.Harness.Deputy,
            Caller.Unit => targets.Harness.Unit,
            _ => targets.Harness.CoUnit,
        };
        using var request = new HttpRequestMessage(spec.Method, spec.Url(targets))
        {
            Content = new StringContent(JsonSerializer.Serialize(spec.Body(targets), SuggestionsHarness.Json), Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 2000)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(spec.Field, out _), $"{name}: {body[..Math.Min(body.Length, 2000)]}");
        Assert.Equal(before, await FingerprintAsync());
    }

    /// <summary>A digest of every row of the service's tables, and the number of outbox messages.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(targets.Harness.Factory.DatabaseConnectionString);
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM {table} t", connection);
            parts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }

        await using var outbox = new NpgsqlCommand("SELECT count(*) FROM outbox_messages", connection);
        parts.Add($"outbox_messages={await outbox.ExecuteScalarAsync()}");
        return string.Join(";", parts);
    }
}

/// <summary>One service for every case, with a suggestion in each state a case writes to; refused cases leave them there.</summary>
public sealed class InputLimitsTargets : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SuggestionsHarness? _harness;

    public SuggestionsHarness Harness => _harness!;

    public Guid Draft { get; private set; }

    public Guid Submitted { get; private set; }

    public Guid MergeTarget { get; private set; }

    public Guid Accepted { get; private set; }

    /// <summary>Assigned to the lead unit with a co-unit that has not given its opinion yet.</summary>
    public Guid Assigned { get; private set; }

    public Guid Contacted { get; private set; }

    public Guid Answered { get; private set; }

    public Guid BeingSolved { get; private set; }

    public async Task StartAsync(InfrastructureFixture infrastructure)
    {
        await _gate.WaitAsync();
        try
        {
            if (_harness is not null)
            {
                return;
            }

            var harness = new SuggestionsHarness(infrastructure);
            Draft = await harness.InStateAsync("draft");
            Submitted = await harness.InStateAsync("submitted");
            MergeTarget = await harness.InStateAsync("submitted");
            Accepted = await harness.InStateAsync("accepted");
            Assigned = await harness.InStateAsync("assigned", coUnit: true);
            Contacted = await harness.InStateAsync("contacted");
            Answered = await harness.InStateAsync("answered");
            BeingSolved = await harness.InStateAsync("being-solved");
            _harness = harness;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }

        _gate.Dispose();
    }
}
