namespace RenminDaibiao.Notifications.Apis;

/// <summary>The caller's notification preferences: addresses, channels per kind of message, quiet hours.</summary>
public sealed record PreferencesDto(
    string? Phone, string? Email, string? WeChatOpenId, IReadOnlyDictionary<string, string[]>? Channels, QuietHoursDto? QuietHours);
