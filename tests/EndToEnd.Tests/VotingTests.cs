using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>
/// A small 民生实事 vote through the gateway: the congress and seats come from the Deputies service's
/// events, deputies vote with their own tokens, the result is published at closing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class VotingTests(PlatformFixture platform)
{
    private const string Division = "411302";

    [Fact]
    public async Task Deputies_of_a_congress_vote_secretly_once_each_and_the_passed_project_is_tracked()
    {
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, Division));

        // The congress and three seated deputies are declared in the Deputies service.
        using var congressCreated = await staff.PostAsJsonAsync("/api/deputies/congresses", new
        {
            divisionCode = Division,
            level = "county",
            term = Random.Shared.Next(20, 99),
            name = "宛城区人民代表大会(票决测试)",
            startYear = 2026,
            endYear = 2030,
            motionMinimumCoSigners = 10,
            sessionSuggestionDeadlineDays = 90,
            interimSuggestionDeadlineDays = 30,
        });
        Assert.Equal(HttpStatusCode.Created, congressCreated.StatusCode);
        var congressId = (await congressCreated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var deputies = new List<Guid>();
        foreach (var name in new[] { "赵代表", "钱代表", "孙代表" })
        {
            using var registered = await staff.PostAsJsonAsync("/api/deputies/deputies", TestDeputies.NewDeputy(name, Division, congressId));
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            deputies.Add((await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        // A candidate is accepted once Voting has the congress from the event; then the three reviews.
        var candidateId = await Eventually.GetAsync<string>(async () =>
        {
            using var created = await staff.PostAsJsonAsync("/api/voting/candidates", new
            {
                congressId, title = "新建社区邻里中心", description = "在 3 个街道建邻里中心", source = "government", proposedBy = "区政府",
            });
            return created.StatusCode == HttpStatusCode.Created
                ? (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()
                : null;
        }, "Voting knows the congress declared by Deputies", TimeSpan.FromSeconds(60));
        foreach (var stage in new[] { "chairpersons-council", "party-committee", "standing-committee" })
        {
            using var reviewed = await staff.PostAsJsonAsync($"/api/voting/candidates/{candidateId}/reviews", new { stage, approved = true, reviewer = "审查人", reason = "同意" });
            Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        }

        using var voteCreated = await staff.PostAsJsonAsync("/api/voting/votes", new
        {
            congressId, title = "2026 年度民生实事项目票决", session = "第一次会议", mode = "choose", maxChoices = 1, candidateIds = new[] { candidateId },
        });
        Assert.Equal(HttpStatusCode.Created, voteCreated.StatusCode);
        var voteId = (await voteCreated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Open once all three seats have arrived in the replica (the snapshot must hold 3 voters).
        await Eventually.HoldsAsync(
            async () => (await staff.GetFromJsonAsync<JsonElement>($"/api/voting/congresses/{congressId}")).GetProperty("servingDeputies").GetInt32() == 3,
            "the three seats reached Voting",
            TimeSpan.FromSeconds(60));
        using var openedVote = await staff.PostAsync($"/api/voting/votes/{voteId}/open", null);
        Assert.Equal(3, (await openedVote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("eligibleCount").GetInt32());

        var ballot = new { selected = new[] { candidateId } };
        var receipts = new List<string>();
        foreach (var deputy in deputies.Take(2))
        {
            using var client = platform.CreateClient(TestTokens.Subject(Roles.Deputy, Division, deputyId: deputy));
            using var cast = await client.PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot);
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
            receipts.Add((await cast.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()!);
            Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot)).StatusCode);
        }

        using var stranger = platform.CreateClient(TestTokens.Subject(Roles.Deputy, Division, deputyId: Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", ballot)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.GetAsync($"/api/voting/votes/{voteId}/results")).StatusCode);

        using var closed = await staff.PostAsync($"/api/voting/votes/{voteId}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var result = await staff.GetFromJsonAsync<JsonElement>($"/api/voting/votes/{voteId}/results");
        Assert.Equal(2, result.GetProperty("ballotCount").GetInt32());
        Assert.True(result.GetProperty("items")[0].GetProperty("passed").GetBoolean());

        using var holder = platform.CreateClient(TestTokens.Subject(Roles.Deputy, Division, deputyId: deputies[0]));
        using var receiptCheck = await holder.PostAsJsonAsync("/api/voting/votes/receipts/check", new { code = receipts[0] });
        var receipt = await receiptCheck.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(receipt.GetProperty("counted").GetBoolean());
        Assert.False(receipt.TryGetProperty("choices", out _));
        var published = await holder.GetFromJsonAsync<JsonElement>($"/api/voting/votes/{voteId}/ballot-hashes");
        Assert.Contains(receipt.GetProperty("receiptHash").GetString(), published.GetProperty("receiptHashes").EnumerateArray().Select(h => h.GetString()));

        var projects = await staff.GetFromJsonAsync<JsonElement>("/api/voting/projects?pageSize=100");
        Assert.Contains(projects.GetProperty("items").EnumerateArray(), p => p.GetProperty("voteId").GetGuid() == voteId);
    }
}
