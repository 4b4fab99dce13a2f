using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Notifications.Domain.Rules;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Sends an unsatisfied rating back to the unit and, when escalated, to the supervising leader.</summary>
public sealed class SuggestionRatedConsumer(NotificationsContext db, NotificationWriter writer, INotificationRule<SuggestionRated> rule)
    : RuleConsumer<SuggestionRated>(db, writer, rule);
