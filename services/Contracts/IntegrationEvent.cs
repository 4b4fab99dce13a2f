namespace RenminDaibiao.Contracts;

/// <summary>
/// Base of every event that crosses a service boundary. The id is assigned once, when the event
/// is created, and travels as the message id so that consumers can deduplicate redeliveries.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Version 7 so ids sort by creation time, which keeps outbox and inbox indexes compact.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
