using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>Points that cannot be gamed, and a warning list that does not misfire, through the service's API.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DutyReviewTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly ServiceFactory<Program> _service = new(infrastructure, "deputiesdb");
    private TestData _data = null!;

    public Task InitializeAsync()
    {
        _data = new TestData(_service);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();

    private async Task<int> PointsAsync(HttpClient client, Guid deputyId, int year) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies/{deputyId}/points?year={year}")).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_duty_the_deputy_enters_earns_points_only_once_staff_of_the_deputys_division_confirm_it()
    {
        var deputy = await _data.DeputyAsync("411302001", await _data.CongressAsync("411302001"));
        using var himself = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302001", deputyId: deputy.Id));
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.StationStaff, "411302001"));
        using var siblingStaff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411303"));
        var today = DateOnly.FromDateTime(_data.Now.UtcDateTime).AddDays(-1);

        using var created = await himself.PostAsJsonAsync("/api/deputies/duties", new { kind = "research", title = "调研农村饮水安全", date = today });
        var duty = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = duty.GetProperty("id").GetGuid();

        Assert.Equal(DutyStatuses.Pending, duty.GetProperty("status").GetString());
        Assert.Equal(0, await PointsAsync(staff, deputy.Id, today.Year));
        Assert.Equal(HttpStatusCode.Forbidden, (await himself.PostAsync($"/api/deputies/duties/{id}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await siblingStaff.PostAsync($"/api/deputies/duties/{id}/confirm", null)).StatusCode);
        var pending = await staff.GetFromJsonAsync<JsonElement>("/api/deputies/duties?status=pending");
        Assert.Contains(pending.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == id);

        using var confirmed = await staff.PostAsync($"/api/deputies/duties/{id}/confirm", null);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(2, await PointsAsync(staff, deputy.Id, today.Year));
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/deputies/duties/{id}/reject", new { reason = "无佐证材料" })).StatusCode);

        // Changing a confirmed record sends it back for review: a confirmed research cannot become an unchecked inspection.
        using var changed = await himself.PutAsJsonAsync($"/api/deputies/duties/{id}", new { kind = "inspection", title = "视察高标准农田建设", date = today });
        Assert.Equal(DutyStatuses.Pending, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(0, await PointsAsync(staff, deputy.Id, today.Year));

        using var emptyReason = await staff.PostAsJsonAsync($"/api/deputies/duties/{id}/reject", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, emptyReason.StatusCode);
        Assert.True((await emptyReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        using var rejected = await staff.PostAsJsonAsync($"/api/deputies/duties/{id}/reject", new { reason = "无佐证材料" });
        Assert.Equal(DutyStatuses.Rejected, (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(0, await PointsAsync(staff, deputy.Id, today.Year));
    }

    [Fact]
    public async Task The_warning_list_spares_a_deputy_elected_this_year_and_one_with_a_justified_reason_and_shows_the_warning_talk()
    {
        const string division = "411325";
        var congress = await _data.CongressAsync(division);
        var year = _data.Now.Year;
        var lastYear = _data.Now.AddYears(-1);
        var veterans = new List<Deputy>();
        for (var i = 0; i < 19; i++)
        {
            var veteran = await _data.SeatedSinceAsync(TestData.DeputyInput(division), lastYear, congress);
            foreach (var y in new[] { year - 1, year })
            {
                for (var month = 1; month <= 4; month++)
                {
                    await _data.DutyAsync(veteran, DutyKinds.StationDuty, new DateOnly(y, month, 5));
                }
            }

            veterans.Add(veteran);
        }

        // The laggard: 3 trainings a year, 3 points, the lowest veteran both years.
        var laggard = await _data.SeatedSinceAsync(TestData.DeputyInput(division), lastYear, congress);
        var excused = await _data.SeatedSinceAsync(TestData.DeputyInput(division), lastYear, congress);
        var newcomer = await _data.DeputyAsync(division, congress);
        foreach (var y in new[] { year - 1, year })
        {
            for (var month = 1; month <= 3; month++)
            {
                await _data.DutyAsync(laggard, DutyKinds.Training, new DateOnly(y, month, 5));
            }
        }

        for (var month = 1; month <= 3; month++)
        {
            await _data.DutyAsync(newcomer, DutyKinds.Training, new DateOnly(year, month, 6));
        }

        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, division));
        using var justified = await staff.PutAsJsonAsync($"/api/deputies/warnings/{year}/deputies/{excused.Id}/justification", new { reason = "长期病休，经常委会认定" });
        Assert.Equal(HttpStatusCode.OK, justified.StatusCode);
        var talkDate = DateOnly.FromDateTime(_data.Now.UtcDateTime).AddDays(-1);
        using var talk = await staff.PutAsJsonAsync($"/api/deputies/warnings/{year}/deputies/{laggard.Id}/talk", new { date = talkDate, note = "代表工委主任约谈，代表表示将按时进站" });
        Assert.Equal(HttpStatusCode.OK, talk.StatusCode);
        using var futureTalk = await staff.PutAsJsonAsync($"/api/deputies/warnings/{year}/deputies/{laggard.Id}/talk", new { date = talkDate.AddDays(5), note = "约谈" });
        Assert.Equal(HttpStatusCode.BadRequest, futureTalk.StatusCode);

        var warnings = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/warnings?year={year}&congressId={congress.Id}");

        var item = Assert.Single(warnings.GetProperty("items").EnumerateArray());
        Assert.Equal(laggard.Id, item.GetProperty("deputyId").GetGuid());
        Assert.Equal(["bottom-two-years"], item.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetProperty("code").GetString()));
        Assert.Equal(talkDate, DateOnly.Parse(item.GetProperty("talkDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        using var deputyCaller = _service.CreateClient(TestTokens.Subject(Roles.Deputy, division, deputyId: laggard.Id));
        Assert.Equal(HttpStatusCode.Forbidden,
            (await deputyCaller.PutAsJsonAsync($"/api/deputies/warnings/{year}/deputies/{laggard.Id}/justification", new { reason = "自称很忙" })).StatusCode);
    }
}
