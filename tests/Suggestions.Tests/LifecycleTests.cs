using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Suggestions.Tests;

/// <summary>The whole lifecycle through the API, with the integration events it writes to the outbox.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class LifecycleTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly SuggestionsHarness _h = new(infrastructure);

    public Task InitializeAsync() => _h.RegisterUnitsAsync();

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    [Fact]
    public async Task Satisfied_path_from_draft_to_closed_publishes_every_event()
    {
        await _h.DeclareCongressAsync();
        var id = await _h.DraftAsync();
        await _h.PostOkAsync(_h.Deputy, id, "submit");
        await _h.PostOkAsync(_h.Staff, id, "review", new { decision = "accept", category = "教育卫生", isKey = true, supervisingLeaderId = _h.LeaderId });
        var assigned = await _h.PostOkAsync(_h.Staff, id, "assign", new { leadUnitCode = SuggestionsHarness.LeadUnit, coUnitCodes = new[] { SuggestionsHarness.CoUnitCode } });
        Assert.Equal(_h.Factory.Clock.GetUtcNow().AddDays(90), assigned.GetProperty("dueAt").GetDateTimeOffset());

        // The lead unit answers only after the co-unit gave its opinion.
        await _h.PostOkAsync(_h.Unit, id, "contact", new { note = "已到现场与代表沟通" });
        using (var early = await _h.Unit.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/answer", new { category = "solved", content = "已解决" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        }

        await _h.PostOkAsync(_h.CoUnit, id, "opinion", new { opinion = "同意增设信号灯" });
        await _h.PostOkAsync(_h.Unit, id, "answer", new { category = "solved", content = "已增设减速带和信号灯" });
        var closed = await _h.PostOkAsync(_h.Deputy, id, "rate", new { rating = "satisfied", comment = "办理及时" });

        Assert.Equal("closed", closed.GetProperty("state").GetString());
        var history = closed.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("from").GetString(), h.GetProperty("to").GetString())).ToList();
        Assert.Equal(
            [(null, "draft"), ("draft", "submitted"), ("submitted", "accepted"), ("accepted", "assigned"), ("assigned", "contacted"), ("contacted", "contacted"), ("contacted", "answered"), ("answered", "closed")],
            history);

        var events = await _h.OutboxAsync(id);
        Assert.Equal(
            ["SuggestionStateChanged", "SuggestionSubmitted", "SuggestionStateChanged", "SuggestionStateChanged", "SuggestionAssigned", "DeadlineSet",
             "SuggestionStateChanged", "SuggestionStateChanged", "SuggestionAnswered", "DeadlineMet", "SuggestionStateChanged", "SuggestionRated"],
            events.Select(e => e.Type));
        var assignedEvent = events.Single(e => e.Type == "SuggestionAssigned").Payload;
        Assert.Equal(SuggestionsHarness.LeadUnit, assignedEvent.GetProperty("leadUnitCode").GetString());
        Assert.Equal(SuggestionsHarness.CoUnitCode, assignedEvent.GetProperty("coUnitCodes")[0].GetString());
        var deadline = events.Single(e => e.Type == "DeadlineSet").Payload;
        Assert.Equal("suggestion", deadline.GetProperty("itemKind").GetString());
        Assert.Equal(SuggestionsHarness.LeadUnit, deadline.GetProperty("unitCode").GetString());
        var rated = events.Single(e => e.Type == "SuggestionRated").Payload;
        Assert.Equal("satisfied", rated.GetProperty("rating").GetString());
        Assert.False(rated.GetProperty("escalated").GetBoolean());
        var last = events.Last(e => e.Type == "SuggestionStateChanged").Payload;
        Assert.Equal(("answered", "closed"), (last.GetProperty("from").GetString(), last.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task Unsatisfied_twice_goes_back_for_a_second_answer_then_escalates_to_the_supervising_leader()
    {
        var id = await _h.InStateAsync("answered");
        var start = _h.Factory.Clock.GetUtcNow();
        var reopened = await _h.PostOkAsync(_h.Deputy, id, "rate", new { rating = "unsatisfied", comment = "问题没有解决" });
        Assert.Equal("assigned", reopened.GetProperty("state").GetString());
        Assert.Equal(2, reopened.GetProperty("round").GetInt32());
        Assert.Equal(start.AddMonths(1), reopened.GetProperty("dueAt").GetDateTimeOffset());

        _h.Factory.Clock.Advance(TimeSpan.FromDays(10));
        await _h.PostOkAsync(_h.Unit, id, "contact", new { note = "再次上门沟通" });
        await _h.PostOkAsync(_h.Unit, id, "answer", new { category = "cannot-solve-now", content = "暂无资金", reason = "已列入明年预算" });
        var escalated = await _h.PostOkAsync(_h.Deputy, id, "rate", new { rating = "unsatisfied", comment = "仍不满意" });
        Assert.Equal("escalated", escalated.GetProperty("state").GetString());

        var events = await _h.OutboxAsync(id);
        var ratings = events.Where(e => e.Type == "SuggestionRated").Select(e => e.Payload).ToList();
        Assert.Equal(2, ratings.Count);
        Assert.Equal((1, false), (ratings[0].GetProperty("round").GetInt32(), ratings[0].GetProperty("escalated").GetBoolean()));
        Assert.Equal((2, true), (ratings[1].GetProperty("round").GetInt32(), ratings[1].GetProperty("escalated").GetBoolean()));
        Assert.Equal(_h.LeaderId, ratings[1].GetProperty("supervisingLeaderId").GetGuid());
        var answers = events.Where(e => e.Type == "SuggestionAnswered").Select(e => e.Payload.GetProperty("round").GetInt32());
        Assert.Equal([1, 2], answers);
        Assert.Equal(2, events.Count(e => e.Type == "DeadlineSet"));
        Assert.Equal(2, events.Count(e => e.Type == "DeadlineMet"));
        var changes = events.Where(e => e.Type == "SuggestionStateChanged").Select(e => e.Payload.GetProperty("to").GetString()).ToList();
        Assert.Equal(["submitted", "accepted", "assigned", "contacted", "answered", "assigned", "contacted", "answered", "escalated"], changes);
    }

    [Fact]
    public async Task Being_solved_answer_stays_open_with_progress_reports_until_done()
    {
        var id = await _h.InStateAsync("being-solved");
        var open = await _h.GetAsync(id);
        Assert.Equal("being-solved", open.GetProperty("state").GetString());
        await _h.PostOkAsync(_h.Unit, id, "progress", new { note = "已完成设计", done = false });
        Assert.Equal("being-solved", (await _h.GetAsync(id)).GetProperty("state").GetString());
        var done = await _h.PostOkAsync(_h.Unit, id, "progress", new { note = "工程完工", done = true });
        Assert.Equal("closed", done.GetProperty("state").GetString());
        Assert.Equal(2, done.GetProperty("progress").GetArrayLength());
    }

    [Fact]
    public async Task Motion_counts_only_confirmed_co_signers_against_the_congress_minimum()
    {
        var coSigners = Enumerable.Range(0, 10).Select(_ => Guid.CreateVersion7()).ToList();
        await _h.DeclareCongressAsync();
        var id = await _h.DraftAsync(body: new { kind = "motion", title = "关于制定养老服务条例的议案", body = "正文", coSignerIds = coSigners });
        using (var early = await _h.Deputy.PostAsync($"/api/suggestions/suggestions/{id}/submit", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        }

        foreach (var coSigner in coSigners)
        {
            using var client = _h.Factory.CreateClient(TestTokens.Subject("deputy", SuggestionsHarness.County, deputyId: coSigner));
            await _h.PostOkAsync(client, id, "cosign");
        }

        var submitted = await _h.PostOkAsync(_h.Deputy, id, "submit");
        Assert.Equal("submitted", submitted.GetProperty("state").GetString());
        var events = await _h.OutboxAsync(id);
        Assert.Equal(10, events.Single(e => e.Type == "SuggestionSubmitted").Payload.GetProperty("coSignerDeputyIds").GetArrayLength());
    }

    [Fact]
    public async Task A_draft_waits_in_the_invited_deputys_cosign_list_until_they_confirm_and_never_in_anyone_elses()
    {
        var invited = Guid.CreateVersion7();
        var id = await _h.DraftAsync(body: new { title = "关于增设社区养老食堂的建议", body = "正文", coSignerIds = new[] { invited } });
        using var coSigner = _h.Factory.CreateClient(TestTokens.Subject("deputy", SuggestionsHarness.County, deputyId: invited));
        async Task<bool> AwaitingAsync(HttpClient client) =>
            (await client.GetFromJsonAsync<JsonElement>("/api/suggestions/suggestions?awaitingMyCosign=true&pageSize=100")).GetProperty("items")
                .EnumerateArray().Any(item => item.GetProperty("id").GetGuid() == id);

        Assert.True(await AwaitingAsync(coSigner));
        Assert.False(await AwaitingAsync(_h.Deputy));

        await _h.PostOkAsync(coSigner, id, "cosign");

        Assert.False(await AwaitingAsync(coSigner));
    }

    public static TheoryData<string, string> IllegalTransitions()
    {
        string[] states = ["draft", "submitted", "returned", "merged", "accepted", "assigned", "contacted", "answered", "being-solved", "closed", "escalated"];
        var legal = new HashSet<(string, string)>
        {
            ("draft", "submit"), ("returned", "submit"), ("submitted", "accept"), ("submitted", "merge"), ("submitted", "return"),
            ("accepted", "assign"), ("assigned", "contact"), ("contacted", "answer"), ("answered", "rate"), ("being-solved", "progress"),
        };
        var data = new TheoryData<string, string>();
        foreach (var state in states)
        {
            foreach (var action in Actions.Keys.Where(a => !legal.Contains((state, a))))
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, (string Path, string Who, object Body)> Actions = new()
    {
        ["submit"] = ("submit", "deputy", new { }),
        ["accept"] = ("review", "staff", new { decision = "accept", category = "交通" }),
        ["merge"] = ("review", "staff", new { decision = "merge", targetId = Guid.Empty, reason = "重复" }),
        ["return"] = ("review", "staff", new { decision = "return", reason = "请补充" }),
        ["assign"] = ("assign", "staff", new { leadUnitCode = SuggestionsHarness.LeadUnit }),
        ["contact"] = ("contact", "unit", new { note = "沟通" }),
        ["answer"] = ("answer", "unit", new { category = "solved", content = "已解决" }),
        ["rate"] = ("rate", "deputy", new { rating = "satisfied" }),
        ["progress"] = ("progress", "unit", new { note = "完工", done = true }),
    };

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public async Task Illegal_transition_gets_409_and_changes_nothing(string state, string action)
    {
        var id = await _h.InStateAsync(state);
        var before = await _h.GetAsync(id);
        var eventsBefore = (await _h.OutboxAsync(id)).Count;
        var (path, who, body) = Actions[action];
        var client = who switch { "deputy" => _h.Deputy, "unit" => _h.Unit, _ => _h.Staff };

        // A unit only sees a suggestion once it is assigned to it; before that the answer is 404, never a change.
        using var response = await client.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/{path}", body);
        var expected = who == "unit" && before.GetProperty("leadUnitCode").ValueKind == JsonValueKind.Null ? HttpStatusCode.NotFound : HttpStatusCode.Conflict;
        Assert.Equal(expected, response.StatusCode);

        var after = await _h.GetAsync(id);
        Assert.Equal(before.GetProperty("state").GetString(), after.GetProperty("state").GetString());
        Assert.Equal(before.GetProperty("history").GetArrayLength(), after.GetProperty("history").GetArrayLength());
        Assert.Equal(before.GetProperty("round").GetInt32(), after.GetProperty("round").GetInt32());
        Assert.Equal(eventsBefore, (await _h.OutboxAsync(id)).Count);
    }
}
