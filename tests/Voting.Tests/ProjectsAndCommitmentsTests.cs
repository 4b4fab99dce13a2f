using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Voting.Tests;

/// <summary>Passed projects tracked to completion with the yearly report; officials' commitments through the year.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ProjectsAndCommitmentsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task A_passed_project_is_tracked_to_completion_and_appears_in_the_yearly_report()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(1);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 1);
        var voteId = await _host.CreateVoteAsync(congress, candidates);
        await _host.OpenAsync(voteId);
        Assert.Equal(HttpStatusCode.Created, (await _host.Deputy(deputies[0]).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", VotingHost.Approve(candidates))).StatusCode);
        using var staff = _host.Staff();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/voting/votes/{voteId}/close", null)).StatusCode);
        var project = Assert.Single((await staff.GetFromJsonAsync<JsonElement>("/api/voting/projects")).GetProperty("items").EnumerateArray());
        var id = project.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/voting/projects/{id}/responsible-unit", new { unitCode = "411302-ZJJ", unitName = "宛城区住房和城乡建设局" })).StatusCode);
        using var milestone = await staff.PostAsJsonAsync($"/api/voting/projects/{id}/milestones", new { title = "完成立项", dueDate = "2026-06-30" });
        var milestoneId = (await milestone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("milestones")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/voting/projects/{id}/milestones/{milestoneId}/complete", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/voting/projects/{id}/progress", new { progressPercent = 60 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutAsJsonAsync($"/api/voting/projects/{id}/progress", new { progressPercent = 40 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PutAsJsonAsync($"/api/voting/projects/{id}/progress", new { progressPercent = 140 })).StatusCode);
        using var inspection = await staff.PostAsJsonAsync($"/api/voting/projects/{id}/inspections", new
        {
            date = "2026-09-10",
            inspectors = "区人大常委会视察组",
            notes = "工程进度符合计划,施工安全措施到位。",
            photos = new[] { "https://files.example.cn/inspections/1.jpg", "/files/inspections/2.jpg" },
        });
        Assert.Equal(HttpStatusCode.OK, inspection.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/voting/projects/{id}/inspections", new { date = "2026-09-10", inspectors = "视察组", notes = "n", photos = new[] { "javascript:alert(1)" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/voting/projects/{id}/progress", new { progressPercent = 100 })).StatusCode);

        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/voting/projects/{id}");
        Assert.True(detail.GetProperty("completed").GetBoolean());
        Assert.Equal(2, detail.GetProperty("inspections")[0].GetProperty("photos").GetArrayLength());
        var year = detail.GetProperty("year").GetInt32();
        var report = await staff.GetFromJsonAsync<JsonElement>($"/api/voting/projects/report?year={year}");
        Assert.Equal(1, report.GetProperty("projectCount").GetInt32());
        Assert.Equal(1, report.GetProperty("completedCount").GetInt32());
        Assert.Equal(1m, report.GetProperty("completionRate").GetDecimal());
        Assert.Equal("宛城区住房和城乡建设局", report.GetProperty("projects")[0].GetProperty("responsibleUnitName").GetString());
        Assert.Equal(1, report.GetProperty("inspectionCount").GetInt32());
        Assert.Equal(0, (await _host.Staff("411303").GetFromJsonAsync<JsonElement>($"/api/voting/projects/report?year={year}")).GetProperty("projectCount").GetInt32());
    }

    [Fact]
    public async Task A_commitment_is_checked_at_mid_year_and_reviewed_at_year_end()
    {
        using var staff = _host.Staff("411300");
        using var created = await staff.PostAsJsonAsync("/api/voting/commitments", new
        {
            divisionCode = "411300",
            officialName = "陈志远",
            officialTitle = "南阳市副市长",
            year = 2026,
            items = new[] { "完成中心城区 20 条背街小巷改造", "新建社区邻里中心 10 个" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var commitment = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = commitment.GetProperty("id").GetGuid();
        var items = commitment.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/voting/commitments/{id}/year-end-review", new { outcomes = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/voting/commitments/{id}/mid-year-check", new
        {
            checks = new[] { new { itemId = items[0], outcome = "on-track", notes = "已完成 12 条" }, new { itemId = items[1], outcome = "behind", notes = "选址未定" } },
        })).StatusCode);
        using var review = await staff.PostAsJsonAsync($"/api/voting/commitments/{id}/year-end-review", new
        {
            outcomes = new[] { new { itemId = items[0], outcome = "completed", notes = "" }, new { itemId = items[1], outcome = "partially-completed", notes = "建成 7 个" } },
            opinion = "总体完成较好,邻里中心建设须加快。",
        });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);

        var reviewed = await staff.GetFromJsonAsync<JsonElement>($"/api/voting/commitments/{id}");
        Assert.Equal("reviewed", reviewed.GetProperty("stage").GetString());
        Assert.Equal("behind", reviewed.GetProperty("items")[1].GetProperty("midYearOutcome").GetString());
        Assert.Equal("partially-completed", reviewed.GetProperty("items")[1].GetProperty("yearEndOutcome").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Staff("411302").GetAsync($"/api/voting/commitments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.Staff("411302").PostAsJsonAsync("/api/voting/commitments", new { divisionCode = "411300", officialName = "x", officialTitle = "y", year = 2026, items = new[] { "z" } })).StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
