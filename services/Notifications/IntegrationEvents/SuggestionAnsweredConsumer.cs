using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Notifications.Domain.Rules;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Asks the lead deputy to rate the unit's answer.</summary>
public sealed class SuggestionAnsweredConsumer(NotificationsContext db, NotificationWriter writer, INotificationRule<SuggestionAnswered> rule)
    : RuleConsumer<SuggestionAnswered>(db, writer, rule);
