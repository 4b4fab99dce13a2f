using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Voting.Tests;

/// <summary>1,000 deputies voting at once, with 200 repeated attempts, against real PostgreSQL.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ConcurrencyTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task A_thousand_deputies_and_two_hundred_repeats_at_once_give_exactly_a_thousand_ballots_and_two_hundred_409s()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(1000);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 3);
        var voteId = await _host.CreateVoteAsync(congress, candidates, mode: "choose", maxChoices: 2);
        await _host.OpenAsync(voteId);

        // Deputy i picks candidate 0 always, candidate 1 when i is even; so 1,000 and 500 approvals.
        var tokens = deputies.Select(d => TestTokens.Create(TestTokens.Subject(Roles.Deputy, VotingHost.County, deputyId: d))).ToList();
        var attempts = Enumerable.Range(0, 1000).Concat(Enumerable.Range(0, 200).Select(i => i * 5)).ToList();
        using var client = _host.Factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(2);

        var responses = await Task.WhenAll(attempts.Select(i => Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/voting/votes/{voteId}/ballots")
            {
                Content = JsonContent.Create(new { selected = i % 2 == 0 ? new[] { candidates[0], candidates[1] } : new[] { candidates[0] } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i]);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        })));

        Assert.Equal(1000, responses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(200, responses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(1200, responses.Length);

        var (ballots, participations) = await _host.WithDbAsync(async db =>
            (await db.Ballots.CountAsync(b => b.VoteId == voteId), await db.Participations.CountAsync(p => p.VoteId == voteId)));
        Assert.Equal(1000, ballots);
        Assert.Equal(1000, participations);

        using var staff = _host.Staff();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/voting/votes/{voteId}/close", null)).StatusCode);
        var result = await (await staff.GetAsync($"/api/voting/votes/{voteId}/results")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1000, result.GetProperty("ballotCount").GetInt32());
        Assert.Equal([1000, 500, 0], result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("approve").GetInt32()));
        Assert.Equal([true, false, false], result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("passed").GetBoolean()));
        Assert.Equal(1000, (await _host.OutboxAsync("VoteParticipated")).Count);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
