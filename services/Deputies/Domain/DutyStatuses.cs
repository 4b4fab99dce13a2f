namespace RenminDaibiao.Deputies.Domain;

/// <summary>
/// Whether a duty record counts: a record a deputy enters themself waits (pending) until staff of the deputy's
/// division confirm or reject it; records by staff or from events count at once.
/// </summary>
public static class DutyStatuses
{
    public const int MaxLength = 16;

    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";

    public static bool IsValid(string? status) => status is Pending or Confirmed or Rejected;

    public static string Label(string status) => status switch
    {
        Pending => "待确认",
        Confirmed => "已确认",
        _ => "未通过",
    };
}
