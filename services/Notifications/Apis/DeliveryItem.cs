namespace RenminDaibiao.Notifications.Apis;

/// <summary>A delivery as staff see it: the recipient is masked where it is a phone, the address never shown.</summary>
public sealed record DeliveryItem(
    Guid Id, Guid NotificationId, string Channel, string Recipient, string Kind, string Title, string DivisionCode, string Status,
    int Attempts, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
