using System.Diagnostics;

namespace RenminDaibiao.Messaging;

/// <summary>
/// Names that tracing must subscribe to so that a trace continues from the request that wrote an
/// outbox row, through the relay and RabbitMQ, into the consumer. Both sources only create
/// activities while something listens to them.
/// </summary>
public static class MessagingDiagnostics
{
    /// <summary>The relay's own activity, parented to the trace stored with the outbox row.</summary>
    public const string ActivitySourceName = "RenminDaibiao.Messaging";

    /// <summary>MassTransit's source; its send and receive activities carry the trace across the broker.</summary>
    public const string MassTransitActivitySourceName = "MassTransit";

    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName);
}
