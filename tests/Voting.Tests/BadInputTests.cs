using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Voting.Tests;

/// <summary>Whatever a client sends — nulls inside lists, oversized text, thousands of entries — is a 400 naming the field, never a 500 nor stored.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BadInputTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task A_null_inside_any_list_is_a_400_naming_the_entry()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(2);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 1);
        var voteId = await _host.CreateVoteAsync(congress, candidates);
        await _host.OpenAsync(voteId);
        using var staff = _host.Staff("411300");
        var commitmentId = await CreateCommitmentAsync(staff);
        var evaluationId = await CreateEvaluationAsync(deputies);

        await AssertNamesAsync(staff, $"/api/voting/commitments/{commitmentId}/mid-year-check", """{"checks":[null]}""", "checks[0]");
        await AssertNamesAsync(staff, "/api/voting/commitments", """{"divisionCode":"411300","officialName":"陈志远","officialTitle":"副市长","year":2026,"items":["改造小巷",null]}""", "items[1]");
        await AssertNamesAsync(_host.Staff(), "/api/voting/evaluations", """{"divisionCode":"411302","title":"测评","session":"2026","voterKind":"committee-members","voterIds":["3f2504e0-4f89-41d3-9a0c-0305e82c3301"],"subjects":[null]}""", "subjects[0]");
        await AssertNamesAsync(_host.Deputy(deputies[0]), $"/api/voting/evaluations/{evaluationId}/ballots", """{"marks":[null]}""", "marks[0]");
        await AssertNamesAsync(_host.Deputy(deputies[0]), $"/api/voting/votes/{voteId}/ballots", """{"choices":[null]}""", "choices[0]");
        await AssertNamesAsync(_host.Deputy(deputies[0]), $"/api/voting/votes/{voteId}/ballots", """{"selected":[null]}""", "selected[0]");
        await AssertNamesAsync(_host.Staff(), "/api/voting/votes", $$"""{"congressId":"{{congress}}","title":"票决","session":"二次会议","mode":"approve","candidateIds":[null]}""", "candidateIds[0]");

        // The year-end review comes after the mid-year check.
        var items = (await staff.GetFromJsonAsync<JsonElement>($"/api/voting/commitments/{commitmentId}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/voting/commitments/{commitmentId}/mid-year-check", new
        {
            checks = items.Select(itemId => new { itemId, outcome = "on-track" }),
        })).StatusCode);
        await AssertNamesAsync(staff, $"/api/voting/commitments/{commitmentId}/year-end-review", """{"outcomes":[null]}""", "outcomes[0]");

        // None of the refused ballots used up the deputy's vote.
        Assert.Equal(HttpStatusCode.Created, (await _host.Deputy(deputies[0]).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", VotingHost.Approve(candidates))).StatusCode);
    }

    [Fact]
    public async Task Oversized_codes_and_lists_are_refused_naming_the_field_and_nothing_is_stored()
    {
        var huge = new string('4', 100_000);
        using var staff = _host.Staff();
        var subject = new { name = "宛城区交通运输局", kind = "department", unitCode = (string?)null };

        var division = await PostAsync(staff, "/api/voting/evaluations", new
        {
            divisionCode = huge, title = "测评", session = "2026", voterKind = "committee-members", voterIds = new[] { Guid.NewGuid() }, subjects = new[] { subject },
        });
        Assert.Equal(HttpStatusCode.BadRequest, division.Status);
        Assert.True(division.Body.GetProperty("errors").TryGetProperty("divisionCode", out _));

        var unit = await PostAsync(staff, "/api/voting/evaluations", new
        {
            divisionCode = VotingHost.County, title = "测评", session = "2026", voterKind = "committee-members", voterIds = new[] { Guid.NewGuid() },
            subjects = new[] { subject with { unitCode = huge } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, unit.Status);
        Assert.True(unit.Body.GetProperty("errors").TryGetProperty("subjects[0].unitCode", out _));

        using var cityStaff = _host.Staff("411300");
        var items = await PostAsync(cityStaff, "/api/voting/commitments", new
        {
            divisionCode = "411300", officialName = "陈志远", officialTitle = "副市长", year = 2026, items = Enumerable.Range(0, 5000).Select(i => $"事项{i}"),
        });
        Assert.Equal(HttpStatusCode.BadRequest, items.Status);
        Assert.True(items.Body.GetProperty("errors").TryGetProperty("items", out _));

        var title = await PostAsync(staff, "/api/voting/evaluations", new
        {
            divisionCode = VotingHost.County, title = new string('测', 201), session = "2026", voterKind = "committee-members", voterIds = new[] { Guid.NewGuid() }, subjects = new[] { subject },
        });
        Assert.True(title.Body.GetProperty("errors").TryGetProperty("title", out _));

        Assert.Empty((await staff.GetFromJsonAsync<JsonElement>("/api/voting/evaluations")).GetProperty("items").EnumerateArray());
        Assert.Empty((await cityStaff.GetFromJsonAsync<JsonElement>("/api/voting/commitments")).GetProperty("items").EnumerateArray());
    }

    private static async Task AssertNamesAsync(HttpClient client, string path, string json, string field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {body}");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{path}: {body}");
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static async Task<Guid> CreateCommitmentAsync(HttpClient staff)
    {
        using var created = await staff.PostAsJsonAsync("/api/voting/commitments", new
        {
            divisionCode = "411300", officialName = "陈志远", officialTitle = "副市长", year = 2026, items = new[] { "改造背街小巷", "新建邻里中心" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> CreateEvaluationAsync(IReadOnlyList<Guid> deputies)
    {
        using var created = await _host.Staff().PostAsJsonAsync("/api/voting/evaluations", new
        {
            divisionCode = VotingHost.County, title = "副区长履职满意度测评", session = "2026", voterKind = "deputies", voterIds = deputies,
            subjects = new[] { new { name = "副区长 王明", kind = "official" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await _host.OpenAsync(id, "evaluations");
        return id;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
