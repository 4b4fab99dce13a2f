using System.Diagnostics;
using MassTransit;
using RenminDaibiao.Contracts;
using RenminDaibiao.Messaging;
using RenminDaibiao.Notifications.Domain.Rules;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>
/// Applies the event's rule and stores the resulting messages and deliveries with the inbox row, in one
/// transaction: a redelivered event adds nothing. The message keeps the trace of the consuming activity,
/// which continues the trace of the request that raised the event.
/// </summary>
public abstract class RuleConsumer<TEvent>(NotificationsContext db, NotificationWriter writer, INotificationRule<TEvent> rule)
    : IdempotentConsumer<TEvent, NotificationsContext>(db)
    where TEvent : IntegrationEvent
{
    protected override Task HandleAsync(TEvent message, ConsumeContext<TEvent> context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(context);
        return writer.AddAsync(Db, context.MessageId ?? message.Id, rule.Plan(message), Activity.Current?.TraceId.ToString(), ct);
    }
}
