using MassTransit;
using RenminDaibiao.Contracts;

namespace RenminDaibiao.Messaging;

/// <summary>
/// Publishes through the MassTransit bus. With RabbitMQ publisher confirmation on (see
/// <see cref="MessagingHostExtensions.AddEventBus{TContext}"/>), the returned task completes
/// after the broker confirmed the message.
/// </summary>
public sealed class MassTransitIntegrationEventPublisher(IBus bus) : IIntegrationEventPublisher
{
    public Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);

        // Published as its runtime type so subscribers of the concrete event receive it.
        return bus.Publish(
            integrationEvent,
            integrationEvent.GetType(),
            Pipe.Execute<PublishContext>(context => context.MessageId = integrationEvent.Id),
            cancellationToken);
    }
}
