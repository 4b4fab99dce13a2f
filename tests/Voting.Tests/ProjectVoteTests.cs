using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.TestSupport;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Tests;

/// <summary>A 民生实事 vote from open to published result, and every way a ballot is refused.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ProjectVoteTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task A_vote_counts_each_ballot_once_publishes_results_only_after_closing_and_never_changes_them()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(5);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 2);
        var voteId = await _host.CreateVoteAsync(congress, candidates);
        await _host.OpenAsync(voteId);

        var opened = Assert.Single(await _host.OutboxAsync("VoteOpened"));
        Assert.Equal(deputies.Order(), opened.GetProperty("eligibleDeputyIds").EnumerateArray().Select(e => e.GetGuid()).Order());

        // 3 of 5 approve the first candidate (3 > 2.5 passes); only 2 approve the second.
        var receipts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var deputy = _host.Deputy(deputies[i]);
            using var cast = await deputy.PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", new
            {
                choices = new[]
                {
                    new { candidateId = candidates[0], choice = i < 3 ? Choices.Approve : Choices.Oppose },
                    new { candidateId = candidates[1], choice = i < 2 ? Choices.Approve : Choices.Abstain },
                },
            });
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
            receipts.Add((await cast.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()!);
        }

        using var staff = _host.Staff();
        using var hidden = await staff.GetAsync($"/api/voting/votes/{voteId}/results");
        Assert.Equal(HttpStatusCode.Conflict, hidden.StatusCode);

        // A receipt proves the ballot is in the box, never what it says.
        using var receipt = await _host.Deputy(deputies[3]).PostAsJsonAsync("/api/voting/votes/receipts/check", new { code = receipts[3] });
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        var check = await receipt.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(check.GetProperty("recorded").GetBoolean());
        Assert.False(check.TryGetProperty("choices", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync("/api/voting/votes/receipts/check", new { code = "AAAA-BBBB-CCCC-DDDD-EEEE" })).StatusCode);

        using var closed = await staff.PostAsync($"/api/voting/votes/{voteId}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var resultText = await (await staff.GetAsync($"/api/voting/votes/{voteId}/results")).Content.ReadAsStringAsync();
        var result = JsonDocument.Parse(resultText).RootElement;
        Assert.Equal(5, result.GetProperty("eligibleCount").GetInt32());
        Assert.Equal(4, result.GetProperty("ballotCount").GetInt32());
        Assert.Equal(0.8m, result.GetProperty("turnout").GetDecimal());
        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal((3, 1, true), (items[0].GetProperty("approve").GetInt32(), items[0].GetProperty("oppose").GetInt32(), items[0].GetProperty("passed").GetBoolean()));
        Assert.Equal((2, 2, false), (items[1].GetProperty("approve").GetInt32(), items[1].GetProperty("abstain").GetInt32(), items[1].GetProperty("passed").GetBoolean()));

        // Immutable: closing again is refused, a late ballot is refused, and the stored result is unchanged.
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"/api/voting/votes/{voteId}/close", null)).StatusCode);
        using var late = await _host.Deputy(deputies[4]).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", VotingHost.Approve(candidates));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(resultText, await (await staff.GetAsync($"/api/voting/votes/{voteId}/results")).Content.ReadAsStringAsync());

        // The receipt still proves the ballot is in the count after the ballots were reshuffled at closing.
        using var after = await _host.Deputy(deputies[0]).PostAsJsonAsync("/api/voting/votes/receipts/check", new { code = receipts[0] });
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.True((await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("counted").GetBoolean());

        // The passed candidate became a tracked project; the failed one did not.
        var projects = await (await staff.GetAsync("/api/voting/projects")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([candidates[0]], projects.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("candidateId").GetGuid()));

        // Taking part is published per deputy, never with the choice.
        var participated = await _host.OutboxAsync("VoteParticipated");
        Assert.Equal(deputies.Take(4).Order(), participated.Select(p => p.GetProperty("deputyId").GetGuid()).Order());
        Assert.All(participated, p =>
        {
            Assert.Equal("project-vote", p.GetProperty("kind").GetString());
            Assert.DoesNotContain(candidates[0].ToString(), p.GetRawText(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("choice", p.GetRawText(), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Ballots_are_refused_for_another_congress_a_resigned_deputy_a_vote_not_yet_open_a_closed_vote_and_a_second_ballot()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(4);
        var (_, others) = await _host.SeedCongressAsync(1, "411303");
        var candidates = await _host.ApprovedCandidatesAsync(congress, 1);
        var voteId = await _host.CreateVoteAsync(congress, candidates);
        var ballot = VotingHost.Approve(candidates);
        var resignedBeforeOpening = deputies[2];
        var resignedAfterOpening = deputies[3];

        // Not yet open: 409 (the vote's state, not the deputy's right).
        using var early = await _host.Deputy(deputies[0]).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        await _host.SetSeatStatusAsync(congress, resignedBeforeOpening, "resigned");
        await _host.OpenAsync(voteId);
        await _host.SetSeatStatusAsync(congress, resignedAfterOpening, "removed");

        // Another congress's deputy and resigned/removed deputies have no right to vote here: 403.
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.Deputy(others[0], "411303").PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.Deputy(resignedBeforeOpening).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.Deputy(resignedAfterOpening).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.Staff().PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot)).StatusCode);

        // A malformed ballot: 400 naming the field, and it does not use up the deputy's vote.
        using var malformed = await _host.Deputy(deputies[0]).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", new { choices = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("choices", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await _host.Deputy(deputies[0]).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _host.Deputy(deputies[0]).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _host.Staff().PostAsync($"/api/voting/votes/{voteId}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _host.Deputy(deputies[1]).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot)).StatusCode);

        var result = await (await _host.Staff().GetAsync($"/api/voting/votes/{voteId}/results")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, result.GetProperty("eligibleCount").GetInt32());
        Assert.Equal(1, result.GetProperty("ballotCount").GetInt32());
    }

    [Fact]
    public async Task The_castable_list_holds_an_open_vote_for_its_eligible_deputy_until_the_ballot_is_in_and_never_for_another_congress()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(1);
        var (_, others) = await _host.SeedCongressAsync(1, "411303");
        var candidates = await _host.ApprovedCandidatesAsync(congress, 1);
        var voteId = await _host.CreateVoteAsync(congress, candidates);
        var deputy = _host.Deputy(deputies[0]);
        async Task<bool> CastableAsync(HttpClient client) =>
            (await client.GetFromJsonAsync<JsonElement>("/api/voting/votes?castable=true&pageSize=100")).GetProperty("items")
                .EnumerateArray().Any(v => v.GetProperty("id").GetGuid() == voteId);

        Assert.False(await CastableAsync(deputy));
        await _host.OpenAsync(voteId);
        Assert.True(await CastableAsync(deputy));
        Assert.False(await CastableAsync(_host.Deputy(others[0], "411303")));

        Assert.Equal(HttpStatusCode.Created, (await deputy.PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", VotingHost.Approve(candidates))).StatusCode);
        Assert.False(await CastableAsync(deputy));
    }

    [Fact]
    public async Task Only_candidates_through_all_three_reviews_can_be_put_on_a_vote_and_a_sibling_division_cannot_see_the_vote()
    {
        var (congress, _) = await _host.SeedCongressAsync(3);
        using var staff = _host.Staff();
        using var created = await staff.PostAsJsonAsync("/api/voting/candidates", new { congressId = congress, title = "新建公园", source = "public", proposedBy = "新华街道联络站" });
        var candidate = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await staff.PostAsJsonAsync($"/api/voting/candidates/{candidate}/reviews", new { stage = "chairpersons-council", approved = true, reviewer = "主任会议" });

        using var skipped = await staff.PostAsJsonAsync($"/api/voting/candidates/{candidate}/reviews", new { stage = "standing-committee", approved = true, reviewer = "常委会" });
        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        using var vote = await staff.PostAsJsonAsync("/api/voting/votes", new { congressId = congress, title = "票决", session = "七届二次会议", mode = "approve", candidateIds = new[] { candidate } });
        Assert.Equal(HttpStatusCode.BadRequest, vote.StatusCode);
        Assert.Contains("candidateIds", await vote.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var approved = await _host.ApprovedCandidatesAsync(congress, 1);
        var voteId = await _host.CreateVoteAsync(congress, approved);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Staff("411303").GetAsync($"/api/voting/votes/{voteId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.Staff("411303").PostAsJsonAsync("/api/voting/votes", new { congressId = congress, title = "票决", session = "七届二次会议", mode = "approve", candidateIds = approved })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.Staff("411300").GetAsync($"/api/voting/votes/{voteId}")).StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
