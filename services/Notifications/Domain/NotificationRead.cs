namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// That one account has read one in-app message. Kept per account because a message to a role
/// (e.g. the committee staff of a division) is shared by everyone holding it.
/// </summary>
public sealed class NotificationRead(Guid notificationId, Guid accountId, DateTimeOffset readAt)
{
    public Guid NotificationId { get; private set; } = notificationId;

    public Guid AccountId { get; private set; } = accountId;

    public DateTimeOffset ReadAt { get; private set; } = readAt.ToUniversalTime();
}
