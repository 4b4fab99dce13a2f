using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Notifications.Domain.Rules;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Tells the division's committee staff that a deputy was registered.</summary>
public sealed class DeputyRegisteredConsumer(NotificationsContext db, NotificationWriter writer, INotificationRule<DeputyRegistered> rule)
    : RuleConsumer<DeputyRegistered>(db, writer, rule);
