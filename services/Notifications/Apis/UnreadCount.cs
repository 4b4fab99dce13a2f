namespace RenminDaibiao.Notifications.Apis;

/// <summary>How many in-app messages of the caller's inbox are still unread.</summary>
public sealed record UnreadCount(int Unread);
