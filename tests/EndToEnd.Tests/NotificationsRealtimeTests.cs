using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>A browser-free SignalR client through the gateway (WebSockets proxied by YARP) receives new notifications at once.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationsRealtimeTests(PlatformFixture platform)
{
    private const string Division = "411323";

    [Fact]
    public async Task A_committee_staff_client_connected_through_the_gateway_is_notified_within_a_second_of_a_new_deputy()
    {
        var staff = TestTokens.Subject(Roles.CommitteeStaff, Division);
        using var client = platform.CreateClient(staff);
        var received = new System.Collections.Concurrent.ConcurrentQueue<(JsonElement Item, long At)>();
        var clock = Stopwatch.StartNew();
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(platform.GatewayAddress, "/api/notifications/hub"), options =>
                options.AccessTokenProvider = () => Task.FromResult<string?>(TestTokens.Create(staff)))
            .Build();
        connection.On<JsonElement>("notification", item => received.Enqueue((item, clock.ElapsedMilliseconds)));
        await connection.StartAsync();

        // The first one warms every hop (relay, consumer, dispatcher, backplane); the second is timed.
        await RegisterAndWaitAsync(client, connection, received, clock, "杨帆", TimeSpan.FromSeconds(30));
        var elapsed = await RegisterAndWaitAsync(client, connection, received, clock, "林静", TimeSpan.FromSeconds(10));
        Assert.True(elapsed <= TimeSpan.FromSeconds(1), $"the notification arrived {elapsed.TotalMilliseconds:0} ms after the deputy was registered");

        var inbox = await client.GetFromJsonAsync<JsonElement>("/api/notifications/inbox");
        Assert.True(inbox.GetProperty("total").GetInt32() >= 2);
    }

    private static async Task<TimeSpan> RegisterAndWaitAsync(
        HttpClient client, HubConnection connection, System.Collections.Concurrent.ConcurrentQueue<(JsonElement Item, long At)> received,
        Stopwatch clock, string name, TimeSpan timeout)
    {
        Assert.Equal(HubConnectionState.Connected, connection.State);
        using var response = await client.PostAsJsonAsync("/api/deputies/deputies", TestDeputies.NewDeputy(name, Division));
        var registeredAt = clock.ElapsedMilliseconds;
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST deputy: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");

        (JsonElement Item, long At) hit = default;
        await Eventually.HoldsAsync(
            () => received.Any(r => r.Item.GetProperty("body").GetString()!.Contains(name, StringComparison.Ordinal) && (hit = r).At > 0),
            $"the notification about {name} was pushed", timeout);
        return TimeSpan.FromMilliseconds(hit.At - registeredAt);
    }
}
