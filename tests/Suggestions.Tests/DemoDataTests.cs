using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Infrastructure;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Suggestions.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class DemoDataTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly ServiceFactory<Program> _service = new(infrastructure, "suggestionsdb");

    [Fact]
    public async Task Demo_data_seeds_units_and_suggestions_in_varied_states_once()
    {
        await using (var first = _service.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true")))
        {
            using var staff = first.CreateClient().WithToken(TestTokens.Subject(Roles.CommitteeStaff, "411300"));
            var units = (await staff.GetFromJsonAsync<JsonElement>("/api/suggestions/units?pageSize=100")).GetProperty("items");
            Assert.Contains(units.EnumerateArray(), u => u.GetProperty("code").GetString() == "411300-JTJ" && u.GetProperty("name").GetString() == "南阳市交通运输局");
            Assert.Contains(units.EnumerateArray(), u => u.GetProperty("code").GetString() == "411302-ZJJ");
            var all = await staff.GetFromJsonAsync<JsonElement>("/api/suggestions/suggestions?pageSize=100");
            Assert.Equal(30, all.GetProperty("total").GetInt32());
            var states = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("state").GetString()).Distinct().ToList();
            Assert.Superset(new HashSet<string?> { "draft", "submitted", "returned", "accepted", "assigned", "contacted", "answered", "closed", "being-solved", "escalated" }, states.ToHashSet());

            using var deputy = first.CreateClient().WithToken(TestTokens.Subject(Roles.Deputy, "411302", deputyId: DemoData.CountyDeputy));
            var own = await deputy.GetFromJsonAsync<JsonElement>("/api/suggestions/suggestions?pageSize=100");
            Assert.Equal(10, own.GetProperty("total").GetInt32());
        }

        // A second start on the same database adds nothing.
        await using var second = _service.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true"));
        using var again = second.CreateClient().WithToken(TestTokens.Subject(Roles.CommitteeStaff, "411300"));
        Assert.Equal(30, (await again.GetFromJsonAsync<JsonElement>("/api/suggestions/suggestions?pageSize=100")).GetProperty("total").GetInt32());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}
