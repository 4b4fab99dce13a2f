using System.Net;
using System.Net.Http.Json;
using RenminDaibiao.TestSupport;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Tests;

/// <summary>The business metric operators see on the dashboard next to the runtime ones: ballots cast.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class MetricsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task Each_accepted_ballot_counts_once_in_ballots_cast_and_a_refused_second_ballot_does_not()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(2);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 1);
        var voteId = await _host.CreateVoteAsync(congress, candidates);
        await _host.OpenAsync(voteId);
        using var metrics = new RecordedMetrics(VotingMetrics.Meter.Name);

        foreach (var deputy in deputies)
        {
            using var client = _host.Deputy(deputy);
            using var cast = await client.PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", VotingHost.Approve(candidates));
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
        }

        using (var again = _host.Deputy(deputies[0]))
        {
            Assert.Equal(HttpStatusCode.Conflict, (await again.PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", VotingHost.Approve(candidates))).StatusCode);
        }

        Assert.Equal(2, metrics.Sum("voting.ballots_cast"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
