using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Notifications.Domain.Rules;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Brings an overdue escalation to the division's committee staff and a key suggestion's supervising leader.</summary>
public sealed class SuggestionOverdueEscalatedConsumer(NotificationsContext db, NotificationWriter writer, INotificationRule<SuggestionOverdueEscalated> rule)
    : RuleConsumer<SuggestionOverdueEscalated>(db, writer, rule);
