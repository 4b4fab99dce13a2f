using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>
/// What the operators' dashboard receives over OTLP, read from the collector stand-in the platform exports to in
/// its place: one trace per request across the services and RabbitMQ, and the business metrics.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TelemetryTests(PlatformFixture platform)
{
    private const string Division = "411302";

    [Fact]
    public async Task One_gateway_request_is_one_trace_through_the_gateway_the_service_the_publish_and_the_consumer()
    {
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, Division));
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpanId = ActivitySpanId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/deputies/deputies")
        {
            Content = JsonContent.Create(TestDeputies.NewDeputy("周" + Guid.NewGuid().ToString("N")[..4], Division)),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{callerSpanId}-01");

        using var created = await staff.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // From Notifications' consumer of DeputyRegistered up the parent links to the gateway's span of the request.
        var path = await Eventually.GetAsync(
            () => Task.FromResult(PathToConsumer(traceId.ToString(), callerSpanId.ToString())),
            "the consumer's span and all its ancestors up to the gateway are exported in the request's trace",
            TimeSpan.FromSeconds(90));

        Assert.Equal(("gateway", SpanKind.Server), (path[0].Service, path[0].Kind));
        Assert.Contains(path, span => span is { Service: "deputies", Kind: SpanKind.Server });
        Assert.Contains(path, span => span is { Service: "deputies", Kind: SpanKind.Producer });
        Assert.Equal(("notifications", SpanKind.Consumer), (path[^1].Service, path[^1].Kind));
        var publish = path.FindIndex(span => span.Kind == SpanKind.Producer);
        Assert.True(path.FindIndex(span => span is { Service: "deputies", Kind: SpanKind.Server }) < publish, "the request is served before its event is published");
    }

    [Fact]
    public async Task The_business_metrics_are_exported_by_their_services_next_to_the_runtime_ones()
    {
        var expected = new[]
        {
            ("suggestions", "suggestions.overdue"),
            ("stations", "stations.opinions_open"),
            ("suggestions", "dotnet.gc.collections"),
            ("stations", "dotnet.gc.collections"),
        };

        await Eventually.HoldsAsync(
            () => expected.All(metric => platform.Telemetry.Metrics.Any(received => (received.Service, received.Name) == metric && received.Value is not null)),
            $"{string.Join(", ", expected)} are exported with a value",
            TimeSpan.FromSeconds(90));

        // Nothing is overdue on a platform without demo data: the gauge is a count, not a missing value.
        Assert.Equal(0, platform.Telemetry.Metrics.Last(received => received is { Service: "suggestions", Name: "suggestions.overdue" }).Value);
    }

    /// <summary>The spans from the gateway's server span to Notifications' consumer span, root first; null while any is missing.</summary>
    private List<ReceivedSpan>? PathToConsumer(string traceId, string callerSpanId)
    {
        var spans = platform.Telemetry.Spans.Where(span => span.TraceId == traceId).ToDictionary(span => span.SpanId);
        var consumer = spans.Values.FirstOrDefault(span => span is { Service: "notifications", Kind: SpanKind.Consumer });
        var path = new List<ReceivedSpan>();
        for (var span = consumer; span is not null; span = spans.GetValueOrDefault(span.ParentSpanId))
        {
            path.Insert(0, span);
            if (span.ParentSpanId == callerSpanId)
            {
                return path;
            }
        }

        return null;
    }
}
