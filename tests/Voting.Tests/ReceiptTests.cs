using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.TestSupport;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Tests;

/// <summary>A receipt proves that a ballot was counted and never what it says; the published hash list lets each voter find theirs.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ReceiptTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task A_receipt_proves_the_ballot_is_in_the_box_and_then_in_the_count_without_revealing_any_choice()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(3);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 2);
        var voteId = await _host.CreateVoteAsync(congress, candidates);
        await _host.OpenAsync(voteId);
        using var deputy = _host.Deputy(deputies[0]);
        using var cast = await deputy.PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", new
        {
            choices = new[] { new { candidateId = candidates[0], choice = Choices.Oppose }, new { candidateId = candidates[1], choice = Choices.Abstain } },
        });
        var code = (await cast.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()!;

        using var open = await deputy.PostAsJsonAsync("/api/voting/votes/receipts/check", new { code });
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        var whileOpen = await open.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(voteId, whileOpen.GetProperty("voteId").GetGuid());
        Assert.Equal("open", whileOpen.GetProperty("voteStatus").GetString());
        Assert.True(whileOpen.GetProperty("recorded").GetBoolean());
        Assert.False(whileOpen.GetProperty("counted").GetBoolean());
        AssertRevealsNoChoice(await open.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await _host.Staff().PostAsync($"/api/voting/votes/{voteId}/close", null)).StatusCode);
        using var closed = await deputy.PostAsJsonAsync("/api/voting/votes/receipts/check", new { code = code.ToLowerInvariant() });
        var afterClose = await closed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("closed", afterClose.GetProperty("voteStatus").GetString());
        Assert.True(afterClose.GetProperty("counted").GetBoolean());
        Assert.Equal(Receipts.Hash(code), afterClose.GetProperty("receiptHash").GetString());
        AssertRevealsNoChoice(await closed.Content.ReadAsStringAsync());

        void AssertRevealsNoChoice(string body)
        {
            Assert.DoesNotContain("choice", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Choices.Oppose, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Choices.Abstain, body, StringComparison.OrdinalIgnoreCase);
            Assert.All(candidates, c => Assert.DoesNotContain(c.ToString(), body, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task The_ballot_hash_list_is_refused_before_closing_and_afterwards_holds_every_voters_receipt_hash_and_no_choice()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(3);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 1);
        var voteId = await _host.CreateVoteAsync(congress, candidates);
        await _host.OpenAsync(voteId);
        var codes = new List<string>();
        foreach (var deputy in deputies.Take(2))
        {
            using var cast = await _host.Deputy(deputy).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", VotingHost.Approve(candidates));
            codes.Add((await cast.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()!);
        }

        // Before closing: 409, like the results (the box is still filling).
        using var staff = _host.Staff();
        using var early = await _host.Deputy(deputies[0]).GetAsync($"/api/voting/votes/{voteId}/ballot-hashes");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/voting/votes/{voteId}/close", null)).StatusCode);
        using var published = await _host.Deputy(deputies[0]).GetAsync($"/api/voting/votes/{voteId}/ballot-hashes");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var list = await published.Content.ReadFromJsonAsync<JsonElement>();
        var hashes = list.GetProperty("receiptHashes").EnumerateArray().Select(h => h.GetString()!).ToList();
        Assert.Equal(2, list.GetProperty("ballotCount").GetInt32());
        Assert.Equal(codes.Select(Receipts.Hash).Order(StringComparer.Ordinal), hashes);
        Assert.DoesNotContain("choice", await published.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        // Whoever cannot see the vote cannot read its list either.
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Staff("411303").GetAsync($"/api/voting/votes/{voteId}/ballot-hashes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/voting/votes/{Guid.NewGuid()}/ballot-hashes")).StatusCode);
    }

    [Fact]
    public async Task A_receipt_check_takes_the_code_only_in_the_body_and_refuses_a_missing_or_oversized_one()
    {
        using var staff = _host.Staff();

        using var unknown = await staff.PostAsJsonAsync("/api/voting/votes/receipts/check", new { code = "AAAA-BBBB-CCCC-DDDD-EEEE" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var missing = await staff.PostAsJsonAsync("/api/voting/votes/receipts/check", new { code = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
        using var oversized = await staff.PostAsJsonAsync("/api/voting/votes/receipts/check", new { code = new string('A', 100_000) });
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);

        // The old route with the code in the path is gone.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/voting/votes/receipts/AAAA-BBBB-CCCC-DDDD-EEEE")).StatusCode);
    }

    [Fact]
    public async Task An_evaluations_ballot_hashes_are_published_after_closing()
    {
        var member = Guid.NewGuid();
        using var staff = _host.Staff();
        using var created = await staff.PostAsJsonAsync("/api/voting/evaluations", new
        {
            divisionCode = VotingHost.County, title = "部门满意度测评", session = "2026", voterKind = "committee-members", voterIds = new[] { member },
            subjects = new[] { new { name = "宛城区交通运输局", kind = "department" } },
        });
        var evaluation = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = evaluation.GetProperty("id").GetGuid();
        await _host.OpenAsync(id, "evaluations");
        using var voter = _host.Factory.CreateClient(TestTokens.Subject(ServiceDefaults.Authentication.Roles.CommitteeStaff, VotingHost.County, accountId: member));
        using var cast = await voter.PostAsJsonAsync($"/api/voting/evaluations/{id}/ballots", new
        {
            marks = new[] { new { subjectId = evaluation.GetProperty("items")[0].GetProperty("id").GetGuid(), choice = Choices.Satisfied } },
        });
        var code = (await cast.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()!;

        Assert.Equal(HttpStatusCode.Conflict, (await staff.GetAsync($"/api/voting/evaluations/{id}/ballot-hashes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/voting/evaluations/{id}/close", null)).StatusCode);
        var list = await staff.GetFromJsonAsync<JsonElement>($"/api/voting/evaluations/{id}/ballot-hashes");
        Assert.Equal([Receipts.Hash(code)], list.GetProperty("receiptHashes").EnumerateArray().Select(h => h.GetString()));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
