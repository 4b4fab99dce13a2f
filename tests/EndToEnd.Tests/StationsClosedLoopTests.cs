using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>The citizens' opinion loop through the gateway: anonymous form → staff → unit or deputy → citizen's rating.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StationsClosedLoopTests(PlatformFixture platform)
{
    private const string Township = "411302001";

    [Fact]
    public async Task An_anonymous_opinion_goes_round_the_five_steps_through_a_handling_unit_and_is_rated()
    {
        using var citizen = platform.CreateClient();
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.StationStaff, Township));
        using var unit = platform.CreateClient(TestTokens.Subject(Roles.HandlingUnit, "411302", unitCode: "411302-ZJJ"));
        var phone = $"139{Random.Shared.Next(10_000_000, 99_999_999)}";
        var deputyId = await ServingDeputyAsync("周晓梅");

        var code = await SubmitAsync(citizen, deputyId, "东关小学门口人行道砖块松动，孩子上学容易绊倒。", phone);
        var id = await OpinionIdAsync(staff, code);
        await ExpectAsync(staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "城乡建设", level = "county" }), HttpStatusCode.OK);
        await ExpectAsync(staff.PostAsJsonAsync($"/api/stations/opinions/{id}/send-to-unit", new { unitCode = "411302-ZJJ", dueAt = DateTimeOffset.UtcNow.AddDays(15) }), HttpStatusCode.OK);
        await ExpectAsync(staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "城乡建设", level = "county" }), HttpStatusCode.Conflict);
        await ExpectAsync(unit.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer = "人行道已于本周修复。" }), HttpStatusCode.OK);

        var tracked = await ExpectAsync(citizen.GetAsync($"/api/stations/opinions/track/{code}"), HttpStatusCode.OK);
        Assert.Equal("answered", tracked.GetProperty("status").GetString());
        Assert.Equal("人行道已于本周修复。", tracked.GetProperty("answer").GetString());
        Assert.DoesNotContain(phone, tracked.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("411302-ZJJ", tracked.ToString(), StringComparison.Ordinal);

        var rated = await ExpectAsync(citizen.PostAsJsonAsync($"/api/stations/public/opinions/{code}/rating", new { score = 5, comment = "处理及时" }), HttpStatusCode.OK);
        Assert.Equal("rated", rated.GetProperty("status").GetString());
        var detail = await ExpectAsync(staff.GetAsync($"/api/stations/opinions/{id}"), HttpStatusCode.OK);
        Assert.Equal(
            ["registered", "sorted", "sent-to-unit", "answered", "rated"],
            detail.GetProperty("steps").EnumerateArray().Select(step => step.GetProperty("status").GetString()));
        Assert.Contains("****", detail.GetProperty("citizenPhone").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deputy_raises_an_opinion_and_the_Suggestions_service_drafts_it_under_that_deputys_name_linked_both_ways()
    {
        using var citizen = platform.CreateClient();
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.StationStaff, Township));
        var deputyId = await ServingDeputyAsync("王志强");
        using var deputy = platform.CreateClient(TestTokens.Subject(Roles.Deputy, Township, deputyId: deputyId));
        var title = "关于增设光武路口信号灯的建议" + Guid.NewGuid().ToString("N")[..6];

        var code = await SubmitAsync(citizen, deputyId, "光武路与新华路口没有信号灯，早晚高峰很危险。", null);
        var id = await OpinionIdAsync(staff, code);
        await ExpectAsync(staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "交通出行", level = "city" }), HttpStatusCode.OK);
        var raised = await ExpectAsync(deputy.PostAsJsonAsync($"/api/stations/opinions/{id}/raise-as-suggestion", new { title }), HttpStatusCode.OK);
        Assert.Equal("raised-as-suggestion", raised.GetProperty("status").GetString());

        // The event crosses RabbitMQ; the draft appears among the deputy's own suggestions, linked back to the opinion.
        var draft = await Eventually.GetAsync(
            async () =>
            {
                using var response = await deputy.GetAsync("/api/suggestions/suggestions?pageSize=100");
                if (!response.IsSuccessStatusCode)
                {
                    return null;
                }

                using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var match = list.RootElement.GetProperty("items").EnumerateArray().FirstOrDefault(item => item.GetProperty("title").GetString() == title);
                return match.ValueKind == JsonValueKind.Undefined ? null : (object?)match.GetProperty("id").GetGuid();
            },
            "the Suggestions service created the deputy's draft from the opinion",
            TimeSpan.FromSeconds(60));
        var suggestion = await ExpectAsync(deputy.GetAsync($"/api/suggestions/suggestions/{draft}"), HttpStatusCode.OK);
        Assert.Equal(id, suggestion.GetProperty("sourceOpinionId").GetGuid());
        Assert.Equal(code, suggestion.GetProperty("sourceTrackingCode").GetString());
        Assert.Equal(deputyId, suggestion.GetProperty("leadDeputyId").GetGuid());
        Assert.Equal($"{Roles.Deputy}-{Township}", suggestion.GetProperty("leadDeputyName").GetString());
        var byOpinion = await ExpectAsync(deputy.GetAsync($"/api/suggestions/suggestions?opinionId={id}"), HttpStatusCode.OK);
        Assert.Equal(draft, Assert.Single(byOpinion.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        // The way back: Stations hears the draft's id; the answer will come from the suggestion, not typed by hand.
        await Eventually.HoldsAsync(
            async () => (await ExpectAsync(staff.GetAsync($"/api/stations/opinions/{id}"), HttpStatusCode.OK)).GetProperty("suggestionId").ValueKind == JsonValueKind.String,
            "the opinion links the suggestion",
            TimeSpan.FromSeconds(60));
        await ExpectAsync(deputy.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer = "已形成代表建议，交有关部门办理。" }), HttpStatusCode.Forbidden);
    }

    private async Task<Guid> ServingDeputyAsync(string name)
    {
        using var committee = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        return await TestDeputies.ServingDeputyAsync(committee, Township, name);
    }

    /// <summary>The citizen's form names only the deputy; the platform files it under the deputy's township.</summary>
    private static async Task<string> SubmitAsync(HttpClient citizen, Guid deputyId, string content, string? phone)
    {
        var created = await ExpectAsync(citizen.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId, content, name = phone is null ? null : "陈女士", phone, channel = "qr-message",
        }), HttpStatusCode.Created);
        return created.GetProperty("trackingCode").GetString()!;
    }

    private static async Task<Guid> OpinionIdAsync(HttpClient staff, string code)
    {
        var list = await ExpectAsync(staff.GetAsync("/api/stations/opinions?pageSize=100"), HttpStatusCode.OK);
        return list.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("trackingCode").GetString() == code).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ExpectAsync(Task<HttpResponseMessage> request, HttpStatusCode status)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
