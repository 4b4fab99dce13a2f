using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Suggestions.Tests;

/// <summary>Supervision through the API on the service's fake clock: 督办/催办, decisions after escalation, overdue escalation.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class EscalationTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly SuggestionsHarness _h = new(infrastructure, overdueEscalation: true);

    public Task InitializeAsync() => _h.RegisterUnitsAsync();

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    private HttpClient Leader() => _h.Factory.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411300", accountId: _h.LeaderId));

    [Fact]
    public async Task An_overdue_suggestion_is_escalated_by_the_background_check_once_when_the_clock_passes_its_deadline()
    {
        var id = await _h.InStateAsync("assigned");
        var due = (await _h.GetAsync(id)).GetProperty("dueAt").GetDateTimeOffset();

        _h.Factory.Clock.Advance(due - _h.Factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(await EventTypesAsync(id), type => type == "SuggestionOverdueEscalated");

        _h.Factory.Clock.Advance(TimeSpan.FromHours(1));
        await Eventually.HoldsAsync(async () => (await EventTypesAsync(id)).Contains("SuggestionOverdueEscalated"), "the overdue suggestion is escalated");
        var escalated = (await _h.OutboxAsync(id)).Single(e => e.Type == "SuggestionOverdueEscalated").Payload;
        Assert.Equal(_h.LeaderId, escalated.GetProperty("supervisingLeaderId").GetGuid());
        Assert.True(escalated.GetProperty("isKey").GetBoolean());
        Assert.Contains((await _h.GetAsync(id)).GetProperty("history").EnumerateArray(), entry => entry.GetProperty("action").GetString() == "overdue-escalation");

        _h.Factory.Clock.Advance(TimeSpan.FromDays(1));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await EventTypesAsync(id), type => type == "SuggestionOverdueEscalated");
    }

    [Fact]
    public async Task Supervise_and_urge_are_actions_that_reach_the_unit_and_only_staff_or_the_leader_take_them()
    {
        var id = await _h.InStateAsync("assigned");
        using var leader = Leader();

        await _h.PostOkAsync(_h.Staff, id, "supervise", new { note = "请于本月底前拿出解决方案" });
        await _h.PostOkAsync(leader, id, "urge", new { note = "请抓紧答复" });
        using (var byUnit = await _h.Unit.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/urge", new { note = "自己催自己" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byUnit.StatusCode);
        }

        using (var empty = await _h.Staff.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/supervise", new { note = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("note", out _));
        }

        var supervised = (await _h.OutboxAsync(id)).Where(e => e.Type == "SuggestionSupervised").Select(e => e.Payload).ToList();
        Assert.Equal(["supervise", "urge"], supervised.Select(p => p.GetProperty("action").GetString()));
        Assert.All(supervised, p => Assert.Equal(SuggestionsHarness.LeadUnit, p.GetProperty("leadUnitCode").GetString()));
    }

    [Fact]
    public async Task The_leader_lists_the_suggestions_they_lead_with_their_state_and_records_a_visit()
    {
        var led = await _h.InStateAsync("assigned");
        using var leader = Leader();

        var list = await leader.GetFromJsonAsync<JsonElement>("/api/suggestions/supervision/led?pageSize=100");
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal((led, "assigned"), (row.GetProperty("id").GetGuid(), row.GetProperty("state").GetString()));

        var visited = await _h.PostOkAsync(leader, led, "leader-supervision", new { kind = "visit", note = "到学校门口查看交通设施建设进度" });
        Assert.Equal("leader-visit", visited.GetProperty("history").EnumerateArray().Last().GetProperty("action").GetString());
        using var other = _h.Factory.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411300"));
        Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>("/api/suggestions/supervision/led")).GetProperty("total").GetInt32());
        using var byOther = await other.PostAsJsonAsync($"/api/suggestions/suggestions/{led}/leader-supervision", new { kind = "visit", note = "走访" });
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
    }

    [Fact]
    public async Task After_a_second_unsatisfied_the_leader_orders_a_third_round_whose_overdue_answer_is_escalated_again_then_concludes_it()
    {
        var id = await _h.InStateAsync("escalated");
        using var leader = Leader();
        using (var closing = await _h.Staff.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/rehandle", new { days = 0, reason = "再办" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, closing.StatusCode);
        }

        var third = await _h.PostOkAsync(leader, id, "rehandle", new { days = 20, reason = "责成再次办理，限期解决" });
        Assert.Equal(("assigned", 3), (third.GetProperty("state").GetString(), third.GetProperty("round").GetInt32()));
        Assert.Equal(_h.Factory.Clock.GetUtcNow().AddDays(20), third.GetProperty("dueAt").GetDateTimeOffset());

        _h.Factory.Clock.Advance(TimeSpan.FromDays(21));
        await Eventually.HoldsAsync(
            async () => (await _h.OutboxAsync(id)).Any(e => e.Type == "SuggestionOverdueEscalated" && e.Payload.GetProperty("round").GetInt32() == 3),
            "the third round's overdue answer is escalated");

        await _h.PostOkAsync(_h.Unit, id, "contact", new { note = "第三次沟通" });
        await _h.PostOkAsync(_h.Unit, id, "answer", new { category = "solved", content = "第三次答复" });
        await _h.PostOkAsync(_h.Deputy, id, "rate", new { rating = "unsatisfied" });
        await _h.PostOkAsync(_h.Staff, id, "joint-meeting", new { outcome = "住建局会同街道分两期实施" });
        var closed = await _h.PostOkAsync(leader, id, "conclude", new { conclusion = "经联合督办已明确解决时限，予以办结" });

        Assert.Equal(("closed", "经联合督办已明确解决时限，予以办结"), (closed.GetProperty("state").GetString(), closed.GetProperty("conclusion").GetString()));
        var actions = closed.GetProperty("history").EnumerateArray().Select(entry => entry.GetProperty("action").GetString()).ToList();
        Assert.Equal(["rehandle", "overdue-escalation", "contact", "answer", "rate", "holdjointmeeting", "conclude"], actions.TakeLast(7));
        using var again = await leader.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/rehandle", new { days = 20, reason = "再办" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private async Task<List<string>> EventTypesAsync(Guid id) => [.. (await _h.OutboxAsync(id)).Select(e => e.Type)];
}
