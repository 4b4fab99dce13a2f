using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.Notifications.Domain.Rules;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Tells the citizen by SMS and the deputy in the app that an opinion was answered.</summary>
public sealed class OpinionAnsweredConsumer(NotificationsContext db, NotificationWriter writer, INotificationRule<OpinionAnswered> rule)
    : RuleConsumer<OpinionAnswered>(db, writer, rule);
