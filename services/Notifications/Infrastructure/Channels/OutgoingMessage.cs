namespace RenminDaibiao.Notifications.Infrastructure.Channels;

/// <summary>One message to send over one channel.</summary>
public sealed record OutgoingMessage(
    Guid DeliveryId,
    Guid NotificationId,
    Guid SourceEventId,
    string Channel,
    string RecipientKey,
    string? Address,
    string Kind,
    string Title,
    string Body,
    DateTimeOffset CreatedAt,
    string? TraceId,
    string? RecordKind,
    Guid? RecordId,
    string? PortalPath);
