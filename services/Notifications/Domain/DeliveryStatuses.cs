namespace RenminDaibiao.Notifications.Domain;

public static class DeliveryStatuses
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";

    public static bool IsValid(string? status) => status is Pending or Sent or Failed;
}
