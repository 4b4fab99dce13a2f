using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>The foundation's thin flow through every layer: gateway → Deputies → outbox → RabbitMQ → Notifications → gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformFlowTests(PlatformFixture platform)
{
    private const string Division = "411302";

    [Fact]
    public async Task A_registered_deputy_reaches_the_committee_staff_inbox_within_one_trace()
    {
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, Division));
        var traceId = ActivityTraceId.CreateRandom();
        var name = "赵" + Guid.NewGuid().ToString("N")[..4];

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/deputies/deputies")
        {
            Content = JsonContent.Create(TestDeputies.NewDeputy(name, Division)),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var created = await staff.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var notifications = await Eventually.GetAsync(
            async () => (await InboxAsync(staff)).Where(item => item.GetProperty("body").GetString()!.Contains(name, StringComparison.Ordinal)).ToList() is { Count: > 0 } found
                ? found
                : null,
            "the notification about the new deputy is in the committee staff's inbox");
        Assert.Equal(traceId.ToString(), Assert.Single(notifications).GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task Invalid_input_gets_problem_details_naming_each_wrong_field()
    {
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, Division));

        using var response = await staff.PostAsJsonAsync("/api/deputies/deputies", TestDeputies.NewDeputy("", "41"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("divisionCode", out _), errors.ToString());
    }

    [Fact]
    public async Task The_gateway_turns_away_requests_without_a_valid_token()
    {
        using var anonymous = platform.CreateClient();
        using var forged = platform.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/notifications/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/notifications/inbox")).StatusCode);
    }

    [Fact]
    public async Task The_gateway_health_aggregates_every_service()
    {
        using var client = platform.CreateClient();

        using var response = await client.GetAsync("/health");
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = report.RootElement.GetProperty("entries");
        foreach (var service in new[] { "identity", "deputies", "stations", "suggestions", "voting", "notifications" })
        {
            Assert.Equal("Healthy", entries.GetProperty(service).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task The_correlation_id_comes_back_once_and_unchanged()
    {
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, Division));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications/inbox");
        request.Headers.Add("X-Correlation-Id", "ticket-20261123-0001");

        using var response = await staff.SendAsync(request);

        Assert.Equal(["ticket-20261123-0001"], response.Headers.GetValues("X-Correlation-Id"));
    }

    [Fact]
    public async Task The_gateway_refuses_a_body_over_its_size_limit()
    {
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, Division));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/deputies/deputies")
        {
            Content = new ByteArrayContent(new byte[11 * 1024 * 1024]),
        };
        request.Content.Headers.ContentType = new("application/json");

        // As a well-behaved client uploading a large file does: the gateway can refuse before the body is sent.
        request.Headers.ExpectContinue = true;
        using var response = await staff.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_event_accepted_while_RabbitMQ_is_down_is_delivered_once_after_it_returns()
    {
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, Division));
        var name = "钱" + Guid.NewGuid().ToString("N")[..4];

        await platform.StopResourceAsync("rabbitmq");
        try
        {
            using var created = await staff.PostAsJsonAsync("/api/deputies/deputies", TestDeputies.NewDeputy(name, Division));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        finally
        {
            await platform.StartResourceAsync("rabbitmq");
        }

        await Eventually.HoldsAsync(
            async () => (await InboxAsync(staff)).Any(item => item.GetProperty("body").GetString()!.Contains(name, StringComparison.Ordinal)),
            "the notification arrives after RabbitMQ is back",
            TimeSpan.FromSeconds(60));

        // Give a duplicate delivery time to show up before counting.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await InboxAsync(staff), item => item.GetProperty("body").GetString()!.Contains(name, StringComparison.Ordinal));
    }

    private static async Task<List<JsonElement>> InboxAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/notifications/inbox?pageSize=100");
        response.EnsureSuccessStatusCode();
        using var inbox = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. inbox.RootElement.GetProperty("items").EnumerateArray().Select(item => item.Clone())];
    }
}
