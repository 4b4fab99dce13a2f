using RenminDaibiao.Contracts.Voting;
using RenminDaibiao.Notifications.Domain.Rules;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Tells every eligible deputy that a vote or evaluation opened.</summary>
public sealed class VoteOpenedConsumer(NotificationsContext db, NotificationWriter writer, INotificationRule<VoteOpened> rule)
    : RuleConsumer<VoteOpened>(db, writer, rule);
