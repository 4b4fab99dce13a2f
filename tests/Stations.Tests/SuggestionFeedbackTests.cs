using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using RenminDaibiao.Contracts;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>An opinion raised as a suggestion follows the suggestion through Suggestions' events, by itself.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class SuggestionFeedbackTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly StationsFactory _service = new(infrastructure);

    [Fact]
    public async Task The_drafted_answered_and_accepted_suggestion_links_the_opinion_and_gives_the_citizen_its_answer()
    {
        using var staff = _service.Staff();
        var (id, code) = await RaisedOpinionAsync(staff);
        var suggestionId = Guid.CreateVersion7();

        await PublishAsync(new SuggestionDraftedFromOpinion(id, suggestionId, StationsFactory.Township, StationsFactory.TownDeputy));
        await Eventually.HoldsAsync(async () => (await OpinionAsync(staff, id)).GetProperty("suggestionId").ValueKind == JsonValueKind.String, "the opinion links the suggestion");
        Assert.Equal(suggestionId, (await OpinionAsync(staff, id)).GetProperty("suggestionId").GetGuid());

        await PublishAsync(new SuggestionAnswered(suggestionId, "关于修缮村口道路的建议", StationsFactory.Township, StationsFactory.TownDeputy, "411302-JTJ", "solved", 1, "村口道路已于本月修缮完毕。", id));
        await Eventually.HoldsAsync(async () => (await OpinionAsync(staff, id)).GetProperty("status").GetString() == "suggestion-answered", "the opinion takes the suggestion's answer");
        Assert.Equal("村口道路已于本月修缮完毕。", (await OpinionAsync(staff, id)).GetProperty("answer").GetString());
        var sms = Assert.Single(await _service.OutboxAsync("OpinionAnswered"), e => e.GetProperty("opinionId").GetGuid() == id);
        Assert.True(sms.GetProperty("citizenGavePhone").GetBoolean());
        Assert.Equal("村口道路已于本月修缮完毕。", sms.GetProperty("answer").GetString());

        await PublishAsync(new SuggestionRated(suggestionId, "关于修缮村口道路的建议", StationsFactory.Township, StationsFactory.TownDeputy, "411302-JTJ", "satisfied", 1, false, null, id));
        await Eventually.HoldsAsync(async () => (await OpinionAsync(staff, id)).GetProperty("status").GetString() == "answered", "the deputy's acceptance lets the citizen rate");

        using var anonymous = _service.Anonymous();
        var tracked = await anonymous.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/track/{code}");
        Assert.Equal("村口道路已于本月修缮完毕。", tracked.GetProperty("answer").GetString());
        await anonymous.PostAsJsonAsync($"/api/stations/opinions/track/{code}/rating", new { score = 5 }).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unsatisfied_deputy_keeps_the_citizen_waiting_until_the_second_answer_arrives()
    {
        using var staff = _service.Staff();
        var (id, code) = await RaisedOpinionAsync(staff);
        var suggestionId = Guid.CreateVersion7();
        await PublishAsync(new SuggestionAnswered(suggestionId, "建议", StationsFactory.Township, StationsFactory.TownDeputy, "411302-JTJ", "cannot-solve-now", 1, "暂无资金。", id));
        await Eventually.HoldsAsync(async () => (await OpinionAsync(staff, id)).GetProperty("status").GetString() == "suggestion-answered", "the first answer arrives");

        await PublishAsync(new SuggestionRated(suggestionId, "建议", StationsFactory.Township, StationsFactory.TownDeputy, "411302-JTJ", "unsatisfied", 1, false, null, id));
        await Eventually.HoldsAsync(async () => (await OpinionAsync(staff, id)).GetProperty("status").GetString() == "raised-as-suggestion", "the opinion waits again");
        using var anonymous = _service.Anonymous();
        await anonymous.PostAsJsonAsync($"/api/stations/opinions/track/{code}/rating", new { score = 5 }).ExpectAsync(HttpStatusCode.Conflict);

        await PublishAsync(new SuggestionAnswered(suggestionId, "建议", StationsFactory.Township, StationsFactory.TownDeputy, "411302-JTJ", "solved", 2, "已追加资金完成修缮。", id));
        await Eventually.HoldsAsync(async () => (await OpinionAsync(staff, id)).GetProperty("answer").GetString() == "已追加资金完成修缮。", "the second answer replaces the first");
        Assert.Equal(2, (await _service.OutboxAsync("OpinionAnswered")).Count(e => e.GetProperty("opinionId").GetGuid() == id));
    }

    [Fact]
    public async Task A_low_first_rating_sends_the_opinion_back_to_the_station_and_counts_in_the_bulletin()
    {
        using var staff = _service.Staff();
        using var countyStaff = _service.Staff(StationsFactory.County);
        using var anonymous = _service.Anonymous();
        var id = await Api.RegisterOpinionAsync(staff, StationsFactory.Township);
        var code = (await OpinionAsync(staff, id)).GetProperty("trackingCode").GetString();
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "交通出行", level = "township" }).ExpectAsync(HttpStatusCode.OK);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/settle", new { note = "已协调" }).ExpectAsync(HttpStatusCode.OK);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer = "已解决" }).ExpectAsync(HttpStatusCode.OK);

        await anonymous.PostAsJsonAsync($"/api/stations/opinions/track/{code}/rating", new { score = 1, comment = "路还是坏的" }).ExpectAsync(HttpStatusCode.OK);

        var reopened = await OpinionAsync(staff, id);
        Assert.Equal("reopened", reopened.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, reopened.GetProperty("reopenedAt").ValueKind);
        var month = _service.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var bulletin = await countyStaff.GetFromJsonAsync<JsonElement>($"/api/stations/bulletins?division={StationsFactory.County}&month={month}");
        Assert.Equal((1, 1), (bulletin.GetProperty("unsatisfied").GetInt32(), bulletin.GetProperty("reopened").GetInt32()));
        Assert.Contains(bulletin.GetProperty("openItems").EnumerateArray(), item => item.GetProperty("id").GetGuid() == id);

        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/send-to-unit", new { unitCode = "411302-ZJJ", dueAt = _service.Clock.GetUtcNow().AddDays(10) }).ExpectAsync(HttpStatusCode.OK);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer = "已重新铺设路面。" }).ExpectAsync(HttpStatusCode.OK);
        await anonymous.PostAsJsonAsync($"/api/stations/opinions/track/{code}/rating", new { score = 4 }).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("rated", (await OpinionAsync(staff, id)).GetProperty("status").GetString());
    }

    private async Task<(Guid Id, string Code)> RaisedOpinionAsync(HttpClient staff)
    {
        var id = await Api.RegisterOpinionAsync(staff, StationsFactory.Township);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "交通出行", level = "city" }).ExpectAsync(HttpStatusCode.OK);
        var raised = await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/raise-as-suggestion", new { title = "关于修缮村口道路的建议" }).ExpectAsync(HttpStatusCode.OK);
        return (id, raised.GetProperty("trackingCode").GetString()!);
    }

    private static async Task<JsonElement> OpinionAsync(HttpClient staff, Guid id) =>
        await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{id}");

    private async Task PublishAsync<T>(T message)
        where T : IntegrationEvent
    {
        await Eventually.HoldsAsync(async () => (await _service.CreateClient().GetAsync("/health")).IsSuccessStatusCode, "the bus is ready");
        var bus = (IBus)_service.Services.GetService(typeof(IBus))!;
        await bus.Publish(message, context => context.MessageId = message.Id);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}
