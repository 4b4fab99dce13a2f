using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.TestSupport;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Tests;

/// <summary>A candidate passes at most once: a vote holding one that passed elsewhere is refused at creation or opening, so closing always succeeds.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class CandidateReuseTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task A_candidate_that_passed_is_refused_on_a_new_vote_and_on_a_draft_made_before_it_passed_naming_the_candidate()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(1);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 2);
        var first = await _host.CreateVoteAsync(congress, [candidates[0]]);
        var earlierDraft = await _host.CreateVoteAsync(congress, candidates);
        await _host.OpenAsync(first);
        Assert.Equal(HttpStatusCode.Created, (await _host.Deputy(deputies[0]).PostAsJsonAsync($"/api/voting/votes/{first}/ballots", VotingHost.Approve([candidates[0]]))).StatusCode);
        using var staff = _host.Staff();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/voting/votes/{first}/close", null)).StatusCode);

        using var created = await staff.PostAsJsonAsync("/api/voting/votes", new
        {
            congressId = congress, title = "再次票决", session = "七届三次会议", mode = "approve", candidateIds = candidates,
        });
        Assert.Equal(HttpStatusCode.Conflict, created.StatusCode);
        Assert.Contains(candidates[0].ToString(), (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var opened = await staff.PostAsync($"/api/voting/votes/{earlierDraft}/open", null);
        Assert.Equal(HttpStatusCode.Conflict, opened.StatusCode);
        Assert.Contains("民生实事项目1", (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("draft", (await staff.GetFromJsonAsync<JsonElement>($"/api/voting/votes/{earlierDraft}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_votes_sharing_a_candidate_cannot_be_open_at_once_and_the_second_may_open_and_close_after_the_first_failed_it()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(2);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 1);
        var first = await _host.CreateVoteAsync(congress, candidates);
        var second = await _host.CreateVoteAsync(congress, candidates);
        using var staff = _host.Staff();
        await _host.OpenAsync(first);

        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"/api/voting/votes/{second}/open", null)).StatusCode);

        // One approval of two eligible is not a majority: the candidate fails and is free again.
        Assert.Equal(HttpStatusCode.Created, (await _host.Deputy(deputies[0]).PostAsJsonAsync($"/api/voting/votes/{first}/ballots", VotingHost.Approve(candidates))).StatusCode);
        using var closedFirst = await staff.PostAsync($"/api/voting/votes/{first}/close", null);
        Assert.Equal(HttpStatusCode.OK, closedFirst.StatusCode);
        Assert.False((await closedFirst.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0].GetProperty("passed").GetBoolean());

        await _host.OpenAsync(second);
        foreach (var deputy in deputies)
        {
            Assert.Equal(HttpStatusCode.Created, (await _host.Deputy(deputy).PostAsJsonAsync($"/api/voting/votes/{second}/ballots", VotingHost.Approve(candidates))).StatusCode);
        }

        using var closedSecond = await staff.PostAsync($"/api/voting/votes/{second}/close", null);
        Assert.Equal(HttpStatusCode.OK, closedSecond.StatusCode);
        var project = Assert.Single((await staff.GetFromJsonAsync<JsonElement>("/api/voting/projects")).GetProperty("items").EnumerateArray());
        Assert.Equal(second, project.GetProperty("voteId").GetGuid());
    }

    [Fact]
    public async Task Concurrent_openings_of_votes_sharing_a_candidate_let_exactly_one_open()
    {
        var (congress, _) = await _host.SeedCongressAsync(1);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 1);
        var votes = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            votes.Add(await _host.CreateVoteAsync(congress, candidates));
        }

        var statuses = await Task.WhenAll(votes.Select(async id =>
        {
            using var staff = _host.Staff();
            using var response = await staff.PostAsync($"/api/voting/votes/{id}/open", null);
            return response.StatusCode;
        }));

        Assert.Single(statuses, s => s == HttpStatusCode.OK);
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Equal(1, await _host.WithDbAsync(db => db.Votes.CountAsync(v => votes.Contains(v.Id) && v.Status == VoteStatus.Open)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
