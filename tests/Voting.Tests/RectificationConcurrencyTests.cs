using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Tests;

/// <summary>A rectification is changed by several staff members at once: its concurrency token turns a lost update into a 409.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class RectificationConcurrencyTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task Two_changes_from_the_same_read_save_once_and_the_second_is_a_lost_update()
    {
        var id = await RectificationAsync();
        await using var first = _host.Factory.Services.CreateAsyncScope();
        await using var second = _host.Factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<VotingContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<VotingContext>();
        var mine = await firstDb.Rectifications.SingleAsync(r => r.Id == id);
        var theirs = await secondDb.Rectifications.SingleAsync(r => r.Id == id);
        var now = _host.Factory.Clock.GetUtcNow();

        Assert.True(mine.RecordRectification("已完成小区物业整治", now).Succeeded);
        Assert.True(theirs.RecordRectification("已完成道路修缮", now).Succeeded);
        await firstDb.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
        var stored = await _host.WithDbAsync(db => db.Rectifications.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal("已完成小区物业整治", stored.RectificationNotes);
    }

    [Fact]
    public async Task Concurrent_requests_to_record_the_rectification_give_one_success_and_409s()
    {
        var id = await RectificationAsync();
        const int attempts = 8;
        var responses = await Task.WhenAll(Enumerable.Range(0, attempts).Select(i => Task.Run(async () =>
        {
            using var staff = _host.Staff();
            using var response = await staff.PostAsJsonAsync($"/api/voting/evaluations/rectifications/{id}/rectified", new { notes = $"整改情况 {i}" });
            return response.StatusCode;
        })));

        Assert.Equal(1, responses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(attempts - 1, responses.Count(s => s == HttpStatusCode.Conflict));

        // The first deadline at closing, and exactly one move to the report's due date: no lost update raised its event.
        Assert.Equal(2, (await _host.OutboxAsync("DeadlineSet")).Count);
    }

    /// <summary>An evaluation of one department by one committee member, unsatisfied: closing it requires one rectification.</summary>
    private async Task<Guid> RectificationAsync()
    {
        var member = Guid.NewGuid();
        using var staff = _host.Staff();
        using var created = await staff.PostAsJsonAsync("/api/voting/evaluations", new
        {
            divisionCode = VotingHost.County,
            title = "部门满意度测评",
            session = "2026",
            voterKind = "committee-members",
            voterIds = new[] { member },
            subjects = new[] { new { name = "宛城区住房和城乡建设局", kind = "department" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var evaluation = await created.Content.ReadFromJsonAsync<JsonElement>();
        var evaluationId = evaluation.GetProperty("id").GetGuid();
        var subject = evaluation.GetProperty("items")[0].GetProperty("id").GetGuid();
        await _host.OpenAsync(evaluationId, "evaluations");
        using var voter = _host.Factory.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, VotingHost.County, accountId: member));
        using var cast = await voter.PostAsJsonAsync(
            $"/api/voting/evaluations/{evaluationId}/ballots", new { marks = new[] { new { subjectId = subject, choice = Choices.Unsatisfied } } });
        Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/voting/evaluations/{evaluationId}/close", null)).StatusCode);
        return await _host.WithDbAsync(db => db.Rectifications.Where(r => r.EvaluationId == evaluationId).Select(r => r.Id).SingleAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
