using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>Opinions, hearings and letters carry a concurrency token: of two people changing one at once, the second gets a 409.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ConcurrencyTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly StationsFactory _service = new(infrastructure);

    [Fact]
    public async Task Two_concurrent_changes_to_one_opinion_give_one_success_and_one_conflict()
    {
        using var staff = _service.Staff();
        using var otherStaff = _service.Staff();
        var id = await Api.RegisterOpinionAsync(staff, StationsFactory.Township);

        // Hold the row so that both requests read it as registered and then wait at their update; release them together.
        await using var scope = _service.Services.CreateAsyncScope();
        var blocker = scope.ServiceProvider.GetRequiredService<Infrastructure.StationsContext>();
        var sorts = new List<Task<HttpResponseMessage>>();
        await using (var hold = await blocker.Database.BeginTransactionAsync())
        {
            await blocker.Database.ExecuteSqlAsync($"SELECT 1 FROM opinions WHERE \"Id\" = {id} FOR UPDATE");
            sorts.Add(staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "交通出行", level = "village" }));
            sorts.Add(otherStaff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "环境卫生", level = "township" }));
            await WaitUntilBlockedAsync(2);
            await hold.RollbackAsync();
        }

        var responses = await Task.WhenAll(sorts);
        var statuses = responses.Select(response => response.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var conflict = await responses.Single(response => response.StatusCode == HttpStatusCode.Conflict).ReadJsonAsync();
        Assert.Equal(Problems.ConflictTitle, conflict.GetProperty("title").GetString());
        Assert.Contains("同时修改", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var stored = await _service.WithDbAsync(db => db.Opinions.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(OpinionStatus.Sorted, stored.Status);
        Assert.Equal(2, stored.Steps.Count);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_stale_copy_of_an_opinion_cannot_overwrite_a_newer_change()
    {
        using var staff = _service.Staff();
        var id = await Api.RegisterOpinionAsync(staff, StationsFactory.Township);

        await using var scope = _service.Services.CreateAsyncScope();
        var stale = scope.ServiceProvider.GetRequiredService<Infrastructure.StationsContext>();
        var opinion = await stale.Opinions.IgnoreQueryFilters().SingleAsync(o => o.Id == id);

        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "交通出行", level = "village" }).ExpectAsync(HttpStatusCode.OK);

        Assert.True(opinion.Sort("环境卫生", HandlingLevel.Township, Actor.System, DateTimeOffset.UtcNow).Succeeded);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
    }

    /// <summary>Waits until <paramref name="count"/> statements of this database wait for a lock.</summary>
    private async Task WaitUntilBlockedAsync(int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var waiting = await _service.WithDbAsync(db => db.Database
                .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                .SingleAsync());
            if (waiting >= count)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Expected {count} requests waiting for the opinion's row.");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}
