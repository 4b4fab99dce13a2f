using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Infrastructure;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Suggestions.Tests;

/// <summary>The Suggestions service on the test servers, with its background overdue check on or off.</summary>
public sealed class SuggestionsFactory(InfrastructureFixture infrastructure, bool overdueEscalation) : ServiceFactory<Program>(infrastructure, "suggestionsdb")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"{OverdueEscalationOptions.SectionName}:Enabled", overdueEscalation ? "true" : "false");
    }
}

/// <summary>The Suggestions service in process, with clients for each role of the lifecycle and helpers to drive it.</summary>
public sealed class SuggestionsHarness : IAsyncDisposable
{
    public const string County = "411302";
    public const string OtherCounty = "411303";
    public const string LeadUnit = "411302-ZJJ";
    public const string CoUnitCode = "411302-WJW";
    public const string OtherUnit = "411302-JTJ";

    /// <param name="infrastructure">The shared servers.</param>
    /// <param name="overdueEscalation">
    /// Runs the background overdue check. Off by default: a test that moves the clock past a deadline would otherwise
    /// race the check's own update of the suggestion (the later save gets 409).
    /// </param>
    public SuggestionsHarness(InfrastructureFixture infrastructure, bool overdueEscalation = false)
    {
        Factory = new SuggestionsFactory(infrastructure, overdueEscalation);
        Staff = Factory.CreateClient(StaffSubject);
        Deputy = Factory.CreateClient(TestTokens.Subject(Roles.Deputy, County, deputyId: DeputyId));
        Unit = Factory.CreateClient(TestTokens.Subject(Roles.HandlingUnit, County, unitCode: LeadUnit));
        CoUnit = Factory.CreateClient(TestTokens.Subject(Roles.HandlingUnit, County, unitCode: CoUnitCode));
        Other = Factory.CreateClient(TestTokens.Subject(Roles.HandlingUnit, County, unitCode: OtherUnit));
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public ServiceFactory<Program> Factory { get; }

    public TokenSubject StaffSubject { get; } = TestTokens.Subject(Roles.CommitteeStaff, County);

    public Guid DeputyId { get; } = Guid.CreateVersion7();

    public Guid LeaderId { get; } = Guid.CreateVersion7();

    public HttpClient Staff { get; }

    public HttpClient Deputy { get; }

    public HttpClient Unit { get; }

    public HttpClient CoUnit { get; }

    public HttpClient Other { get; }

    private bool _unitsRegistered;

    public async Task RegisterUnitsAsync()
    {
        if (_unitsRegistered)
        {
            return;
        }

        foreach (var (code, name) in new[] { (LeadUnit, "宛城区住房和城乡建设局"), (CoUnitCode, "宛城区卫生健康委员会"), (OtherUnit, "宛城区交通运输局") })
        {
            using var response = await Staff.PostAsJsonAsync("/api/suggestions/units", new { code, name, divisionCode = County });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        _unitsRegistered = true;
    }

    public async Task<Guid> DraftAsync(HttpClient? client = null, object? body = null)
    {
        using var response = await (client ?? Deputy).PostAsJsonAsync("/api/suggestions/suggestions", body ?? new
        {
            kind = "suggestion",
            title = "关于增设学校周边交通安全设施的建议",
            body = "学校门口上下学时段车流量大，建议增设减速带和信号灯。",
            category = "教育卫生",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> PostOkAsync(HttpClient client, Guid id, string action, object? body = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/{action}", body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> GetAsync(Guid id, HttpClient? client = null)
    {
        using var response = await (client ?? Staff).GetAsync($"/api/suggestions/suggestions/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    /// <summary>Drafts a suggestion and drives it to <paramref name="state"/> through the API.</summary>
    public async Task<Guid> InStateAsync(string state, bool coUnit = false)
    {
        await RegisterUnitsAsync();
        var id = await DraftAsync();
        if (state == "draft")
        {
            return id;
        }

        await PostOkAsync(Deputy, id, "submit");
        switch (state)
        {
            case "submitted":
                return id;
            case "returned":
                await PostOkAsync(Staff, id, "review", new { decision = "return", reason = "请补充具体地点" });
                return id;
            case "merged":
                var main = await InStateAsync("submitted");
                await PostOkAsync(Staff, id, "review", new { decision = "merge", targetId = main, reason = "重复建议" });
                return id;
        }

        await PostOkAsync(Staff, id, "review", new { decision = "accept", category = "教育卫生", isKey = true, supervisingLeaderId = LeaderId });
        if (state == "accepted")
        {
            return id;
        }

        await PostOkAsync(Staff, id, "assign", new { leadUnitCode = LeadUnit, coUnitCodes = coUnit ? new[] { CoUnitCode } : [] });
        if (state == "assigned")
        {
            return id;
        }

        if (coUnit)
        {
            await PostOkAsync(CoUnit, id, "opinion", new { opinion = "同意主办单位意见" });
        }

        await PostOkAsync(Unit, id, "contact", new { note = "已电话联系代表" });
        if (state == "contacted")
        {
            return id;
        }

        await PostOkAsync(Unit, id, "answer", new { category = state == "being-solved" ? "being-solved" : "solved", content = "已增设减速带" });
        if (state == "answered")
        {
            return id;
        }

        if (state == "escalated")
        {
            await PostOkAsync(Deputy, id, "rate", new { rating = "unsatisfied" });
            await PostOkAsync(Unit, id, "contact", new { note = "再次沟通" });
            await PostOkAsync(Unit, id, "answer", new { category = "solved", content = "重新办理" });
            await PostOkAsync(Deputy, id, "rate", new { rating = "unsatisfied" });
            return id;
        }

        await PostOkAsync(Deputy, id, "rate", new { rating = "satisfied" });
        return id;
    }

    /// <summary>
    /// Declares a congress of the county as the Deputies service would (CongressDeclared on the bus), with a session
    /// over today's China date when <paramref name="inSessionToday"/>, and waits until the replica has it.
    /// </summary>
    public async Task<Guid> DeclareCongressAsync(
        int term = 11, bool inSessionToday = true, int motionMinimum = 10, int sessionDays = 90, int interimDays = 30, IReadOnlyList<Contracts.Deputies.CongressSession>? sessions = null)
    {
        var congressId = Guid.CreateVersion7();
        var today = Primitives.ChinaTime.Today(Factory.Clock);
        sessions ??= inSessionToday ? [new Contracts.Deputies.CongressSession(1, today.AddDays(-1), today.AddDays(1))] : [];
        var declared = new Contracts.Deputies.CongressDeclared(
            congressId, $"宛城区第{term}届人民代表大会", County, "county", term, motionMinimum, sessionDays, interimDays, sessions);

        // Published again until it is replicated: a host that reports healthy may not have bound its queue yet, and an
        // event published before that is lost. The consumer's inbox drops the repeats (same message id).
        await Eventually.HoldsAsync(
            async () =>
            {
                await PublishAsync(declared);
                await Task.Delay(TimeSpan.FromMilliseconds(500));
                return (await Staff.GetStringAsync("/api/suggestions/congresses?pageSize=100")).Contains(congressId.ToString(), StringComparison.Ordinal);
            },
            "the congress is replicated");
        return congressId;
    }

    public async Task PublishAsync<T>(T message)
        where T : Contracts.IntegrationEvent
    {
        await Eventually.HoldsAsync(async () => (await Staff.GetAsync("/health")).IsSuccessStatusCode, "the bus is ready");
        var bus = Factory.Services.GetRequiredService<IBus>();
        await bus.Publish(message, context => context.MessageId = message.Id);
    }

    /// <summary>The integration events written to the outbox for one suggestion, in the order they were added.</summary>
    public async Task<List<(string Type, JsonElement Payload)>> OutboxAsync(Guid suggestionId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SuggestionsContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();
        return [.. rows
            .Select(r => (Type: r.Type[(r.Type.LastIndexOf('.') + 1)..], Payload: JsonDocument.Parse(r.Payload).RootElement.Clone()))
            .Where(e => e.Payload.TryGetProperty("suggestionId", out var s) ? s.GetGuid() == suggestionId
                : e.Payload.TryGetProperty("itemId", out var i) && i.GetGuid() == suggestionId)];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { Staff, Deputy, Unit, CoUnit, Other })
        {
            client.Dispose();
        }

        await Factory.DisposeAsync();
    }
}
