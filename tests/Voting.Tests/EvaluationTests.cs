using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Tests;

/// <summary>Satisfaction evaluations (满意度测评): secret marks, the rate per subject and the rectification that follows a low rate.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class EvaluationTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task A_subject_below_the_threshold_gets_a_rectification_due_in_three_months_and_a_report_due_in_six()
    {
        // Committee members evaluate two departments; 住建局 gets 2 of 5 satisfied-ish (40%), 交通局 4 of 5 (80%).
        var members = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        using var staff = _host.Staff();
        using var created = await staff.PostAsJsonAsync("/api/voting/evaluations", new
        {
            divisionCode = VotingHost.County,
            title = "2026 年度部门工作满意度测评",
            session = "2026 年第二次常委会会议",
            voterKind = "committee-members",
            voterIds = members,
            subjects = new[]
            {
                new { name = "宛城区住房和城乡建设局", kind = "department", unitCode = (string?)"411302-ZJJ" },
                new { name = "宛城区交通运输局", kind = "department", unitCode = (string?)null },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var evaluation = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = evaluation.GetProperty("id").GetGuid();
        Assert.Equal(0.6m, evaluation.GetProperty("threshold").GetDecimal());
        var subjects = evaluation.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        await _host.OpenAsync(id, "evaluations");
        string[] housing = [Choices.Satisfied, Choices.BasicallySatisfied, Choices.Unsatisfied, Choices.Unsatisfied, Choices.Unsatisfied];
        string[] transport = [Choices.Satisfied, Choices.Satisfied, Choices.BasicallySatisfied, Choices.Satisfied, Choices.Unsatisfied];
        for (var i = 0; i < members.Count; i++)
        {
            using var member = _host.Factory.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, VotingHost.County, accountId: members[i]));
            using var cast = await member.PostAsJsonAsync($"/api/voting/evaluations/{id}/ballots", new
            {
                marks = new[] { new { subjectId = subjects[0], choice = housing[i] }, new { subjectId = subjects[1], choice = transport[i] } },
            });
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
            using var again = await member.PostAsJsonAsync($"/api/voting/evaluations/{id}/ballots", new
            {
                marks = new[] { new { subjectId = subjects[0], choice = Choices.Satisfied }, new { subjectId = subjects[1], choice = Choices.Satisfied } },
            });
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        // Someone not on the list: 403. Results before closing: 409.
        using var outsider = _host.Factory.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, VotingHost.County));
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsJsonAsync($"/api/voting/evaluations/{id}/ballots", new { marks = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.GetAsync($"/api/voting/evaluations/{id}/results")).StatusCode);

        var closedAt = _host.Factory.Clock.GetUtcNow();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/voting/evaluations/{id}/close", null)).StatusCode);
        var result = await (await staff.GetAsync($"/api/voting/evaluations/{id}/results")).Content.ReadFromJsonAsync<JsonElement>();
        var rates = result.GetProperty("subjects").EnumerateArray().ToList();
        Assert.Equal(0.4m, rates[0].GetProperty("satisfactionRate").GetDecimal());
        Assert.True(rates[0].GetProperty("belowThreshold").GetBoolean());
        Assert.Equal(0.8m, rates[1].GetProperty("satisfactionRate").GetDecimal());
        Assert.False(rates[1].GetProperty("belowThreshold").GetBoolean());

        var rectification = Assert.Single((await (await staff.GetAsync($"/api/voting/evaluations/rectifications?evaluationId={id}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        var rectificationId = rectification.GetProperty("id").GetGuid();
        Assert.Equal("宛城区住房和城乡建设局", rectification.GetProperty("subjectName").GetString());
        Assert.Equal(closedAt.AddMonths(3), rectification.GetProperty("rectificationDueAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(closedAt.AddMonths(6), rectification.GetProperty("reportDueAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var deadline = Assert.Single(await _host.OutboxAsync("DeadlineSet"));
        Assert.Equal("rectification", deadline.GetProperty("itemKind").GetString());
        Assert.Equal(rectificationId, deadline.GetProperty("itemId").GetGuid());
        Assert.Equal("411302-ZJJ", deadline.GetProperty("unitCode").GetString());

        // Tracked: overdue after 3 months without a rectification; the report cannot come first.
        _host.Factory.Clock.Advance(TimeSpan.FromDays(100));
        var overdue = await (await staff.GetAsync($"/api/voting/evaluations/rectifications/{rectificationId}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/voting/evaluations/rectifications/{rectificationId}/report", new { notes = "报告" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/voting/evaluations/rectifications/{rectificationId}/rectified", new { notes = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/voting/evaluations/rectifications/{rectificationId}/rectified", new { notes = "已完成小区物业整治" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/voting/evaluations/rectifications/{rectificationId}/report", new { notes = "整改情况报告已提交常委会" })).StatusCode);
        var done = await (await staff.GetAsync($"/api/voting/evaluations/rectifications/{rectificationId}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("reported", done.GetProperty("status").GetString());
        Assert.Equal(2, (await _host.OutboxAsync("DeadlineSet")).Count);
        Assert.Single(await _host.OutboxAsync("DeadlineMet"));

        // Committee members are not deputies: no duty event.
        Assert.Empty(await _host.OutboxAsync("VoteParticipated"));
    }

    [Fact]
    public async Task Deputies_evaluating_publish_their_participation_as_kind_evaluation()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(3);
        using var staff = _host.Staff();
        using var created = await staff.PostAsJsonAsync("/api/voting/evaluations", new
        {
            congressId = congress,
            title = "副区长履职满意度测评",
            session = "2026",
            voterKind = "deputies",
            subjects = new[] { new { name = "副区长 王明", kind = "official" } },
            threshold = 0.7,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var evaluation = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = evaluation.GetProperty("id").GetGuid();
        var subject = evaluation.GetProperty("items")[0].GetProperty("id").GetGuid();
        await _host.OpenAsync(id, "evaluations");

        using var cast = await _host.Deputy(deputies[1]).PostAsJsonAsync($"/api/voting/evaluations/{id}/ballots", new { marks = new[] { new { subjectId = subject, choice = "basically-satisfied" } } });
        Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
        using var bad = await _host.Deputy(deputies[2]).PostAsJsonAsync($"/api/voting/evaluations/{id}/ballots", new { marks = new[] { new { subjectId = subject, choice = "great" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var participated = Assert.Single(await _host.OutboxAsync("VoteParticipated"));
        Assert.Equal("evaluation", participated.GetProperty("kind").GetString());
        Assert.Equal(deputies[1], participated.GetProperty("deputyId").GetGuid());
        Assert.Equal(3, Assert.Single(await _host.OutboxAsync("VoteOpened")).GetProperty("eligibleDeputyIds").GetArrayLength());
    }

    [Fact]
    public async Task An_evaluation_without_voters_or_subjects_is_refused_naming_the_fields()
    {
        using var staff = _host.Staff();
        using var response = await staff.PostAsJsonAsync("/api/voting/evaluations", new { divisionCode = VotingHost.County, title = "测评", session = "2026", threshold = 1.5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("voterIds", out _));
        Assert.True(errors.TryGetProperty("subjects", out _));
        Assert.True(errors.TryGetProperty("threshold", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.Staff("411303").PostAsJsonAsync("/api/voting/evaluations", new { divisionCode = VotingHost.County, title = "测评" })).StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
