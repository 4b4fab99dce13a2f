namespace RenminDaibiao.TestSupport;

/// <summary>OTLP's Span.SpanKind numbers.</summary>
public enum SpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}
