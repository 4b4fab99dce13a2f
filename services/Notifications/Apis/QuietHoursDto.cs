namespace RenminDaibiao.Notifications.Apis;

/// <summary>Quiet hours as "HH:mm" in China time; may span midnight (22:00 to 07:00).</summary>
public sealed record QuietHoursDto(string? Start, string? End);
