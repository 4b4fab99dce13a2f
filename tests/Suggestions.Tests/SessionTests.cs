using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Suggestions.Tests;

/// <summary>Session (会议) dates from the Deputies service decide session suggestions and motions; years are China years.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class SessionTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    // Ahead of the real date: the fake clock starts at the real time and only moves forward.
    private static readonly DateOnly SessionStarts = new(2027, 1, 12);
    private static readonly DateOnly SessionEnds = new(2027, 1, 15);

    private readonly SuggestionsHarness _h = new(infrastructure);

    public Task InitializeAsync() => _h.RegisterUnitsAsync();

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    [Fact]
    public async Task A_suggestion_submitted_on_the_last_session_day_in_China_time_is_a_session_one_and_one_submitted_an_hour_after_midnight_is_not()
    {
        await _h.DeclareCongressAsync(sessions: [new CongressSession(5, SessionStarts, SessionEnds)]);

        // 23:30 in China on the last day is 15:30 UTC; 00:30 the next day is 16:30 UTC, the same UTC date.
        _h.Factory.Clock.SetUtcNow(ChinaTime.At(SessionEnds, new TimeOnly(23, 30)).ToUniversalTime());
        var inSession = await SubmittedAssignedAsync();
        Assert.True(inSession.GetProperty("duringSession").GetBoolean());
        Assert.Equal(_h.Factory.Clock.GetUtcNow().AddDays(90), inSession.GetProperty("dueAt").GetDateTimeOffset());

        _h.Factory.Clock.SetUtcNow(ChinaTime.At(SessionEnds.AddDays(1), new TimeOnly(0, 30)).ToUniversalTime());
        var between = await SubmittedAssignedAsync();
        Assert.False(between.GetProperty("duringSession").GetBoolean());
        Assert.Equal(_h.Factory.Clock.GetUtcNow().AddDays(30), between.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_client_cannot_declare_its_suggestion_a_session_one()
    {
        await _h.DeclareCongressAsync(inSessionToday: false);
        var id = await _h.DraftAsync(body: new { kind = "suggestion", duringSession = true, title = "关于修缮村道的建议", body = "村道破损严重。" });
        var submitted = await _h.PostOkAsync(_h.Deputy, id, "submit");
        Assert.False(submitted.GetProperty("duringSession").GetBoolean());
    }

    [Fact]
    public async Task A_motion_is_refused_between_sessions_with_409_and_accepted_on_a_session_day()
    {
        await _h.DeclareCongressAsync(motionMinimum: 1, sessions: [new CongressSession(5, SessionStarts, SessionEnds)]);
        var coSigner = Guid.CreateVersion7();
        _h.Factory.Clock.SetUtcNow(ChinaTime.At(SessionStarts.AddDays(-3), new TimeOnly(10, 0)).ToUniversalTime());
        var id = await _h.DraftAsync(body: new { kind = "motion", title = "关于制定养老服务条例的议案", body = "正文", coSignerIds = new[] { coSigner } });
        using (var client = _h.Factory.CreateClient(TestTokens.Subject(Roles.Deputy, SuggestionsHarness.County, deputyId: coSigner)))
        {
            await _h.PostOkAsync(client, id, "cosign");
        }

        using (var early = await _h.Deputy.PostAsync($"/api/suggestions/suggestions/{id}/submit", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("会议期间", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal("draft", (await _h.GetAsync(id)).GetProperty("state").GetString());
        _h.Factory.Clock.SetUtcNow(ChinaTime.At(SessionStarts, new TimeOnly(0, 10)).ToUniversalTime());
        var submitted = await _h.PostOkAsync(_h.Deputy, id, "submit");
        Assert.Equal("submitted", submitted.GetProperty("state").GetString());
        Assert.True(submitted.GetProperty("duringSession").GetBoolean());
    }

    [Fact]
    public async Task The_year_filter_counts_a_suggestion_made_at_one_in_the_morning_of_new_years_day_in_China_to_the_new_year()
    {
        _h.Factory.Clock.SetUtcNow(ChinaTime.At(new DateOnly(2028, 1, 1), new TimeOnly(1, 0)).ToUniversalTime());
        var id = await _h.DraftAsync();
        Assert.Contains(id, await DeadlineTests.IdsAsync(_h.Deputy, "suggestions?year=2028"));
        Assert.DoesNotContain(id, await DeadlineTests.IdsAsync(_h.Deputy, "suggestions?year=2027"));
        using var bad = await _h.Deputy.GetAsync("/api/suggestions/suggestions?year=99999");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("year", out _));
    }

    private async Task<JsonElement> SubmittedAssignedAsync()
    {
        var id = await _h.DraftAsync();
        await _h.PostOkAsync(_h.Deputy, id, "submit");
        await _h.PostOkAsync(_h.Staff, id, "review", new { decision = "accept", category = "教育卫生" });
        return await _h.PostOkAsync(_h.Staff, id, "assign", new { leadUnitCode = SuggestionsHarness.LeadUnit });
    }
}
