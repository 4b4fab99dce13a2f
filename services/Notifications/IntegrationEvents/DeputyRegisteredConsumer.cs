using System.Diagnostics;
using MassTransit;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Messaging;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Tells the division's committee staff that a deputy was registered.</summary>
public sealed class DeputyRegisteredConsumer(NotificationsContext db, TimeProvider clock)
    : IdempotentConsumer<DeputyRegistered, NotificationsContext>(db)
{
    protected override Task HandleAsync(DeputyRegistered message, ConsumeContext<DeputyRegistered> context, CancellationToken ct)
    {
        Db.Notifications.Add(Notification.Create(
            message.Id,
            RecipientRoles.CommitteeStaff,
            message.DivisionCode,
            "新代表登记",
            $"代表 {message.Name} 已在行政区划 {message.DivisionCode} 登记。",
            clock.GetUtcNow(),
            Activity.Current?.TraceId.ToString()));
        return Task.CompletedTask;
    }
}
