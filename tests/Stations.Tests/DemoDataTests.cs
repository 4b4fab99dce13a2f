using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>With Demo:Enabled on an empty database, the service starts with stations, a roster and opinions in every state.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DemoDataTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly StationsFactory _service = new(infrastructure, demo: true);

    [Fact]
    public async Task Demo_data_covers_every_tier_and_every_state_of_the_loop_without_publishing_events()
    {
        using var cityStaff = _service.Staff("411300");

        var stations = await cityStaff.GetFromJsonAsync<JsonElement>("/api/stations/stations?pageSize=100");
        var opinions = await cityStaff.GetFromJsonAsync<JsonElement>("/api/stations/opinions?pageSize=100");
        var shifts = await cityStaff.GetFromJsonAsync<JsonElement>("/api/stations/roster/shifts?pageSize=100");

        Assert.Equal(["point", "post", "station"], stations.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("tier").GetString()).Distinct().Order());
        Assert.True(opinions.GetProperty("total").GetInt32() >= 24);
        var states = opinions.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("status").GetString()).Distinct().ToHashSet();
        Assert.Superset(new HashSet<string?> { "registered", "sorted", "settled-locally", "sent-to-unit", "raised-as-suggestion", "answered", "rated" }, states);
        Assert.Contains(shifts.GetProperty("items").EnumerateArray(), s => s.GetProperty("status").GetString() == "served");
        Assert.Contains(shifts.GetProperty("items").EnumerateArray(), s => s.GetProperty("title").GetString() == "周三进站日");
        Assert.Empty(await _service.OutboxAsync("DutyShiftServed"));
        Assert.Empty(await _service.OutboxAsync("OpinionRaisedAsSuggestion"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}
