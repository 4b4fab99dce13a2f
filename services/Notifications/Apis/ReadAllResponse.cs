namespace RenminDaibiao.Notifications.Apis;

/// <summary>How many messages marking the whole inbox read marked.</summary>
public sealed record ReadAllResponse(int Marked);
