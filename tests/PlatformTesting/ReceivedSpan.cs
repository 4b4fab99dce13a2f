namespace RenminDaibiao.TestSupport;

/// <summary>A span as the collector stand-in received it; the service is the resource's service.name.</summary>
public sealed record ReceivedSpan(string Service, string Scope, string TraceId, string SpanId, string ParentSpanId, string Name, SpanKind Kind);
