using System.Collections.Concurrent;
using System.Globalization;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RenminDaibiao.TestSupport;

/// <summary>
/// An OpenTelemetry collector stand-in: receives OTLP/HTTP protobuf at /v1/traces, /v1/metrics and /v1/logs, as
/// the Aspire dashboard does, and keeps the spans and metric points it understood. The messages are decoded field
/// by field from the OTLP protobuf schema (opentelemetry-proto), which no package here ships as generated types.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private readonly ConcurrentQueue<ReceivedMetric> _metrics = new();
    private WebApplication? _app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyCollection<ReceivedSpan> Spans => [.. _spans];

    public IReadOnlyCollection<ReceivedMetric> Metrics => [.. _metrics];

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _app = builder.Build();
        _app.MapPost("/v1/traces", async context => ReadTraces(await BodyAsync(context)));
        _app.MapPost("/v1/metrics", async context => ReadMetrics(await BodyAsync(context)));
        _app.MapPost("/v1/logs", context => Task.CompletedTask);
        await _app.StartAsync();
        Endpoint = new Uri(_app.Urls.Single());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static async Task<ByteString> BodyAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        context.Response.ContentType = "application/x-protobuf";
        return ByteString.CopyFrom(body.ToArray());
    }

    // ExportTraceServiceRequest { 1 ResourceSpans } / ResourceSpans { 1 Resource, 2 ScopeSpans } /
    // ScopeSpans { 1 InstrumentationScope { 1 name }, 2 Span } /
    // Span { 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind }.
    private void ReadTraces(ByteString request)
    {
        foreach (var resourceSpans in Field.All(request, 1))
        {
            var service = ServiceName(resourceSpans);
            foreach (var scopeSpans in Field.All(resourceSpans.Bytes, 2))
            {
                var scope = ScopeName(scopeSpans);
                foreach (var span in Field.All(scopeSpans.Bytes, 2))
                {
                    _spans.Enqueue(new ReceivedSpan(
                        service,
                        scope,
                        Hex(Field.First(span.Bytes, 1)?.Bytes),
                        Hex(Field.First(span.Bytes, 2)?.Bytes),
                        Hex(Field.First(span.Bytes, 4)?.Bytes),
                        Field.First(span.Bytes, 5)?.Bytes.ToStringUtf8() ?? "",
                        (SpanKind)(int)(Field.First(span.Bytes, 6)?.Number ?? 0)));
                }
            }
        }
    }

    // ExportMetricsServiceRequest { 1 ResourceMetrics } / ResourceMetrics { 1 Resource, 2 ScopeMetrics } /
    // ScopeMetrics { 1 scope, 2 Metric } / Metric { 1 name, 5 Gauge, 7 Sum, 9 Histogram, … } /
    // Gauge and Sum { 1 NumberDataPoint } / NumberDataPoint { 4 as_double (fixed64), 6 as_int (sfixed64) }.
    private void ReadMetrics(ByteString request)
    {
        foreach (var resourceMetrics in Field.All(request, 1))
        {
            var service = ServiceName(resourceMetrics);
            foreach (var scopeMetrics in Field.All(resourceMetrics.Bytes, 2))
            {
                var scope = ScopeName(scopeMetrics);
                foreach (var metric in Field.All(scopeMetrics.Bytes, 2))
                {
                    var name = Field.First(metric.Bytes, 1)?.Bytes.ToStringUtf8() ?? "";
                    var numbers = Field.First(metric.Bytes, 5) ?? Field.First(metric.Bytes, 7);
                    var point = numbers is null ? null : Field.All(numbers.Bytes, 1).LastOrDefault();
                    _metrics.Enqueue(new ReceivedMetric(service, scope, name, point is null ? null : Value(point.Bytes)));
                }
            }
        }
    }

    private static double? Value(ByteString point) =>
        Field.First(point, 6) is { } integer ? unchecked((long)integer.Number)
        : Field.First(point, 4) is { } real ? BitConverter.Int64BitsToDouble(unchecked((long)real.Number))
        : null;

    // Resource { 1 KeyValue { 1 key, 2 AnyValue { 1 string_value } } }.
    private static string ServiceName(Field resourceItem)
    {
        var resource = Field.First(resourceItem.Bytes, 1)?.Bytes ?? ByteString.Empty;
        var serviceName = Field.All(resource, 1).FirstOrDefault(attribute => Field.First(attribute.Bytes, 1)?.Bytes.ToStringUtf8() == "service.name");
        var value = serviceName is null ? null : Field.First(serviceName.Bytes, 2);
        return value is null ? "" : Field.First(value.Bytes, 1)?.Bytes.ToStringUtf8() ?? "";
    }

    private static string ScopeName(Field scopeItem)
    {
        var scope = Field.First(scopeItem.Bytes, 1)?.Bytes ?? ByteString.Empty;
        return Field.First(scope, 1)?.Bytes.ToStringUtf8() ?? "";
    }

    private static string Hex(ByteString? bytes) =>
        bytes is null || bytes.IsEmpty ? "" : Convert.ToHexString(bytes.Span).ToLower(CultureInfo.InvariantCulture);

    /// <summary>One protobuf field: a length-delimited value's bytes, or a varint/fixed value's number.</summary>
    private sealed record Field(int Tag, ByteString Bytes, ulong Number)
    {
        public static Field? First(ByteString message, int tag) => All(message, tag).FirstOrDefault();

        public static List<Field> All(ByteString message, int tag)
        {
            var input = message.CreateCodedInput();
            var found = new List<Field>();
            for (var key = input.ReadTag(); key != 0; key = input.ReadTag())
            {
                var field = WireFormat.GetTagWireType(key) switch
                {
                    WireFormat.WireType.LengthDelimited => new Field(WireFormat.GetTagFieldNumber(key), input.ReadBytes(), 0),
                    WireFormat.WireType.Varint => new Field(WireFormat.GetTagFieldNumber(key), ByteString.Empty, input.ReadUInt64()),
                    WireFormat.WireType.Fixed64 => new Field(WireFormat.GetTagFieldNumber(key), ByteString.Empty, input.ReadFixed64()),
                    WireFormat.WireType.Fixed32 => new Field(WireFormat.GetTagFieldNumber(key), ByteString.Empty, input.ReadFixed32()),
                    _ => null,
                };
                if (field is null)
                {
                    input.SkipLastField();
                }
                else if (field.Tag == tag)
                {
                    found.Add(field);
                }
            }

            return found;
        }
    }
}
