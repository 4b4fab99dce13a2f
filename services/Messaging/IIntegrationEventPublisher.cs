using RenminDaibiao.Contracts;

namespace RenminDaibiao.Messaging;

/// <summary>Publishes one relayed outbox event to the broker.</summary>
public interface IIntegrationEventPublisher
{
    /// <summary>
    /// Completes only when the broker has accepted the message; the relay marks the row sent after that.
    /// The message id must be the event's id so that consumers can deduplicate.
    /// </summary>
    Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
