using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>One congress, one id: Deputies declares it, Suggestions and Voting list the same congresses from its events.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CongressReplicaTests(PlatformFixture platform)
{
    private const string County = "411323";

    [Fact]
    public async Task Two_services_congress_lists_for_a_division_agree_id_for_id()
    {
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, County));
        var declared = new List<Guid>();
        foreach (var term in new[] { 17, 18 })
        {
            using var created = await staff.PostAsJsonAsync("/api/deputies/congresses", new
            {
                divisionCode = County, level = "county", term, name = $"西峡县第{term}届人民代表大会", startYear = 2016 + ((term - 17) * 5),
                sessions = new[] { new { number = 1, startsOn = $"{2016 + ((term - 17) * 5)}-01-12", endsOn = $"{2016 + ((term - 17) * 5)}-01-15" } },
            });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            declared.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var deputies = await IdsAsync(staff, "/api/deputies/congresses");
        Assert.Equal(declared.Order(), deputies.Order());
        await Eventually.HoldsAsync(
            async () => deputies.Order().SequenceEqual((await IdsAsync(staff, "/api/suggestions/congresses")).Order())
                && deputies.Order().SequenceEqual((await IdsAsync(staff, "/api/voting/congresses")).Order()),
            "Suggestions and Voting list exactly the Deputies service's congresses of the county",
            TimeSpan.FromSeconds(60));

        // The replica carries what Deputies declared, sessions included.
        var replica = (await staff.GetFromJsonAsync<JsonElement>($"/api/suggestions/congresses?divisionCode={County}&pageSize=100")).GetProperty("items")
            .EnumerateArray().Single(item => item.GetProperty("id").GetGuid() == declared[1]);
        Assert.Equal("2021-01-12", Assert.Single(replica.GetProperty("sessions").EnumerateArray()).GetProperty("startsOn").GetString());
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync($"{path}?divisionCode={County}&pageSize=100");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];
    }
}
