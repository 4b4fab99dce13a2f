namespace RenminDaibiao.Notifications.Infrastructure.Channels;

/// <summary>One line of the file sink.</summary>
public sealed record FileSinkLine(
    Guid DeliveryId, Guid NotificationId, Guid SourceEventId, string Channel, string? To, string RecipientKey,
    string Kind, string Title, string Body, DateTimeOffset SentAt);
