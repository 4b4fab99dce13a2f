using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;
using RenminDaibiao.Voting.IntegrationEvents;

namespace RenminDaibiao.Voting.Tests;

/// <summary>The Voting service in process with its own database, plus helpers that drive it through its API.</summary>
public sealed class VotingHost(InfrastructureFixture infrastructure) : IAsyncDisposable
{
    public const string County = "411302";

    public ServiceFactory<Program> Factory { get; } = new(infrastructure, "votingdb");

    public HttpClient Staff(string division = County) => Factory.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, division));

    public HttpClient Deputy(Guid deputyId, string division = County) =>
        Factory.CreateClient(TestTokens.Subject(Roles.Deputy, division, deputyId: deputyId));

    /// <summary>Feeds the seat replica through the consumers' own update path (as the bus would), in one transaction.</summary>
    public async Task<(Guid CongressId, List<Guid> Deputies)> SeedCongressAsync(int deputies, string division = County)
    {
        var congressId = Guid.NewGuid();
        var ids = Enumerable.Range(0, deputies).Select(_ => Guid.NewGuid()).ToList();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VotingContext>();
        await Replica.ApplyAsync(db, new CongressDeclared(congressId, "宛城区第七届人民代表大会", division, "county", 7, 10, 90, 30, []), CancellationToken.None);
        await db.SaveChangesAsync();
        for (var i = 0; i < ids.Count; i++)
        {
            await Replica.ApplyAsync(db, new DeputySeatChanged(ids[i], $"代表{i}", congressId, division, "serving"), CancellationToken.None);
        }

        await db.SaveChangesAsync();
        return (congressId, ids);
    }

    public async Task SetSeatStatusAsync(Guid congressId, Guid deputyId, string status, string division = County)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VotingContext>();
        await Replica.ApplyAsync(db, new DeputySeatChanged(deputyId, "代表", congressId, division, status), CancellationToken.None);
        await db.SaveChangesAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<VotingContext, Task<T>> read)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<VotingContext>());
    }

    /// <summary>Integration events of one type waiting in (or relayed from) the outbox.</summary>
    public Task<List<JsonElement>> OutboxAsync(string typeName) => WithDbAsync(async db =>
        (await db.Set<OutboxMessage>().Where(m => m.Type.EndsWith("." + typeName)).OrderBy(m => m.CreatedAt).Select(m => m.Payload).ToListAsync())
            .Select(payload => JsonDocument.Parse(payload).RootElement.Clone()).ToList());

    /// <summary>Submits candidates and takes them through the three reviews.</summary>
    public async Task<List<Guid>> ApprovedCandidatesAsync(Guid congressId, int count, string division = County)
    {
        using var staff = Staff(division);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            using var created = await staff.PostAsJsonAsync("/api/voting/candidates", new
            {
                congressId,
                title = $"民生实事项目{i + 1}",
                description = "项目说明",
                source = "government",
                proposedBy = "区政府",
                estimatedBudget = 500,
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            foreach (var stage in Candidate.Stages)
            {
                using var reviewed = await staff.PostAsJsonAsync($"/api/voting/candidates/{id}/reviews", new { stage, approved = true, reviewer = "审查人", reason = "同意" });
                Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
            }

            ids.Add(id);
        }

        return ids;
    }

    public async Task<Guid> CreateVoteAsync(Guid congressId, IReadOnlyList<Guid> candidateIds, string mode = "approve", int? maxChoices = null, string division = County)
    {
        using var staff = Staff(division);
        using var created = await staff.PostAsJsonAsync("/api/voting/votes", new
        {
            congressId,
            title = "2026 年度民生实事项目票决",
            session = "七届二次会议",
            mode,
            maxChoices,
            candidateIds,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task OpenAsync(Guid voteId, string path = "votes")
    {
        using var staff = Staff();
        using var opened = await staff.PostAsync($"/api/voting/{path}/{voteId}/open", null);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    public static object Approve(IEnumerable<Guid> candidates, string choice = Choices.Approve) =>
        new { choices = candidates.Select(candidateId => new { candidateId, choice }).ToArray() };

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
