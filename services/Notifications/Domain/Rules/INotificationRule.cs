namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>Turns one integration event (or a fired reminder) into the messages for the right people.</summary>
public interface INotificationRule<in TEvent>
{
    IReadOnlyList<PlannedMessage> Plan(TEvent source);
}
