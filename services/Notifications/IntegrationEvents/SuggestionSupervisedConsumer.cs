using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Notifications.Domain.Rules;
using RenminDaibiao.Notifications.Infrastructure;

namespace RenminDaibiao.Notifications.IntegrationEvents;

/// <summary>Brings 督办, 催办, a further round or a joint meeting's outcome to the lead unit's inbox.</summary>
public sealed class SuggestionSupervisedConsumer(NotificationsContext db, NotificationWriter writer, INotificationRule<SuggestionSupervised> rule)
    : RuleConsumer<SuggestionSupervised>(db, writer, rule);
