namespace RenminDaibiao.Notifications.Apis;

/// <summary>One in-app message as the inbox and the real-time push show it.</summary>
public sealed record InboxItem(
    Guid Id, string Title, string Body, string Kind, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, string? TraceId, Guid SourceEventId);
