using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Notifications.Domain.Rules;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Tells the lead unit and the co-units that a suggestion was assigned to them.</summary>
public sealed class SuggestionAssignedConsumer(NotificationsContext db, NotificationWriter writer, INotificationRule<SuggestionAssigned> rule)
    : RuleConsumer<SuggestionAssigned>(db, writer, rule);
