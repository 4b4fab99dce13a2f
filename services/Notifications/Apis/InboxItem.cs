namespace RenminDaibiao.Notifications.Apis;

/// <summary>
/// One in-app message as the inbox and the real-time push show it, with the record it is about and where the
/// recipient opens that record in the portal.
/// </summary>
public sealed record InboxItem(
    Guid Id, string Title, string Body, string Kind, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, string? TraceId, Guid SourceEventId,
    string? RecordKind, Guid? RecordId, string? PortalPath);
