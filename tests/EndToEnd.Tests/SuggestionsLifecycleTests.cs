using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>
/// A suggestion's whole lifecycle through the gateway with deputy, committee-staff and handling-unit tokens:
/// the satisfied path and the unsatisfied-twice-escalated path, with every event relayed to RabbitMQ.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SuggestionsLifecycleTests(PlatformFixture platform)
{
    private const string County = "411302";

    [Fact]
    public async Task Satisfied_path_through_the_gateway_closes_the_suggestion_and_relays_its_events()
    {
        var (staff, deputy, unit, unitCode) = await ActorsAsync();
        var id = await AssignedAsync(staff, deputy, unitCode);

        await PostOkAsync(unit, id, "contact", new { note = "已到现场与代表沟通" });
        await PostOkAsync(unit, id, "answer", new { category = "solved", content = "已增设减速带" });
        var closed = await PostOkAsync(deputy, id, "rate", new { rating = "satisfied" });
        Assert.Equal("closed", closed.GetProperty("state").GetString());

        await AssertRelayedAsync(id, ["SuggestionSubmitted", "SuggestionAssigned", "DeadlineSet", "SuggestionAnswered", "DeadlineMet", "SuggestionRated"], stateChanges: 6);

        // Consumed downstream: Notifications told the lead unit of the assignment and the deputy of the answer.
        await AssertInInboxAsync(unit, (await EventsAsync(id, "SuggestionAssigned")).Single(), "the lead unit is notified of the assignment");
        await AssertInInboxAsync(deputy, (await EventsAsync(id, "SuggestionAnswered")).Single(), "the deputy is notified of the answer");
    }

    [Fact]
    public async Task Unsatisfied_twice_through_the_gateway_escalates_and_relays_its_events()
    {
        var (staff, deputy, unit, unitCode) = await ActorsAsync();
        var id = await AssignedAsync(staff, deputy, unitCode);

        await PostOkAsync(unit, id, "contact", new { note = "电话沟通" });
        await PostOkAsync(unit, id, "answer", new { category = "solved", content = "已解决" });
        var reopened = await PostOkAsync(deputy, id, "rate", new { rating = "unsatisfied", comment = "没有解决" });
        Assert.Equal(("assigned", 2), (reopened.GetProperty("state").GetString(), reopened.GetProperty("round").GetInt32()));
        await PostOkAsync(unit, id, "contact", new { note = "再次上门沟通" });
        await PostOkAsync(unit, id, "answer", new { category = "cannot-solve-now", content = "暂无资金", reason = "已列入明年预算" });
        var escalated = await PostOkAsync(deputy, id, "rate", new { rating = "unsatisfied" });
        Assert.Equal("escalated", escalated.GetProperty("state").GetString());

        // An illegal step after escalation: 409 through the gateway, and nothing changes.
        using (var illegal = await unit.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/answer", new { category = "solved", content = "再答复" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        }

        await AssertRelayedAsync(
            id,
            ["SuggestionSubmitted", "SuggestionAssigned", "DeadlineSet", "SuggestionAnswered", "DeadlineMet", "SuggestionRated", "DeadlineSet", "SuggestionAnswered", "DeadlineMet", "SuggestionRated"],
            stateChanges: 9);
        var rated = await EventsAsync(id, "SuggestionRated");
        Assert.True(JsonDocument.Parse(rated[^1]).RootElement.GetProperty("escalated").GetBoolean());

        // Consumed downstream: the unit hears of the second unsatisfied rating.
        await AssertInInboxAsync(unit, rated[^1], "the unit is notified of the escalating rating");
    }

    private static async Task AssertInInboxAsync(HttpClient client, string eventPayload, string what)
    {
        var eventId = JsonDocument.Parse(eventPayload).RootElement.GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(
            async () =>
            {
                using var response = await client.GetAsync("/api/notifications/inbox?pageSize=100");
                if (!response.IsSuccessStatusCode)
                {
                    return false;
                }

                var inbox = await response.Content.ReadFromJsonAsync<JsonElement>();
                return inbox.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("sourceEventId").GetGuid() == eventId);
            },
            what);
    }

    private async Task<(HttpClient Staff, HttpClient Deputy, HttpClient Unit, string UnitCode)> ActorsAsync()
    {
        var unitCode = $"{County}-E{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        var staff = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, County));
        var deputy = platform.CreateClient(TestTokens.Subject(Roles.Deputy, County, deputyId: Guid.CreateVersion7()));
        var unit = platform.CreateClient(TestTokens.Subject(Roles.HandlingUnit, County, unitCode: unitCode));
        using var registered = await staff.PostAsJsonAsync("/api/suggestions/units", new { code = unitCode, name = "宛城区住房和城乡建设局", divisionCode = County });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return (staff, deputy, unit, unitCode);
    }

    private static async Task<Guid> AssignedAsync(HttpClient staff, HttpClient deputy, string unitCode)
    {
        using var created = await deputy.PostAsJsonAsync("/api/suggestions/suggestions", new
        {
            kind = "suggestion",
            duringSession = true,
            title = "关于增设学校周边交通安全设施的建议",
            body = "学校门口上下学时段车流量大，建议增设减速带和信号灯。",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await PostOkAsync(deputy, id, "submit");
        await PostOkAsync(staff, id, "review", new { decision = "accept", category = "教育卫生", isKey = true, supervisingLeaderId = Guid.CreateVersion7() });
        var assigned = await PostOkAsync(staff, id, "assign", new { leadUnitCode = unitCode });
        Assert.Equal("assigned", assigned.GetProperty("state").GetString());
        return id;
    }

    private static async Task<JsonElement> PostOkAsync(HttpClient client, Guid id, string action, object? body = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/{action}", body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The service's outbox rows for the suggestion, each published and confirmed by RabbitMQ (sent_at set).</summary>
    private async Task AssertRelayedAsync(Guid id, string[] expected, int stateChanges)
    {
        await Eventually.HoldsAsync(
            async () => (await RowsAsync(id)).All(r => r.Sent) && (await RowsAsync(id)).Count == expected.Length + stateChanges,
            "every event of the suggestion is relayed to the broker");
        var rows = await RowsAsync(id);
        Assert.Equal(expected, rows.Select(r => r.Type).Where(t => t != "SuggestionStateChanged"));
        Assert.Equal(stateChanges, rows.Count(r => r.Type == "SuggestionStateChanged"));
    }

    private async Task<List<string>> EventsAsync(Guid id, string type) =>
        [.. (await RowsAsync(id)).Where(r => r.Type == type).Select(r => r.Payload)];

    private async Task<List<(string Type, string Payload, bool Sent)>> RowsAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(await platform.ConnectionStringAsync("suggestionsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT "Type", "Payload"::text, "SentAt" IS NOT NULL FROM outbox_messages
            WHERE "Payload"->>'suggestionId' = @id OR "Payload"->>'itemId' = @id
            ORDER BY "CreatedAt"
            """,
            connection);
        command.Parameters.AddWithValue("id", id.ToString());
        var rows = new List<(string, string, bool)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var type = reader.GetString(0);
            rows.Add((type[(type.LastIndexOf('.') + 1)..], reader.GetString(1), reader.GetBoolean(2)));
        }

        return rows;
    }
}
