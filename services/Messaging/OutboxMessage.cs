namespace RenminDaibiao.Messaging;

/// <summary>
/// An integration event waiting to be (or already) published, stored in the same database and
/// transaction as the change that raised it.
/// </summary>
public sealed class OutboxMessage
{
    internal OutboxMessage(Guid id, string type, string payload, DateTimeOffset occurredAt, string? traceParent, DateTimeOffset createdAt)
    {
        Id = id;
        Type = type;
        Payload = payload;
        OccurredAt = occurredAt;
        TraceParent = traceParent;
        CreatedAt = createdAt;
    }

    /// <summary>The event's id, which is also the published message id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Full name of the event's CLR type in the Contracts assembly.</summary>
    public string Type { get; private set; }

    /// <summary>The event as JSON (System.Text.Json, web defaults).</summary>
    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>W3C id of the activity that was current when the event was added.</summary>
    public string? TraceParent { get; private set; }

    /// <summary>Strictly increasing within a process, so the relay publishes in the order events were added.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; internal set; }

    /// <summary>Failed publish attempts.</summary>
    public int Attempts { get; internal set; }

    public string? LastError { get; internal set; }
}
