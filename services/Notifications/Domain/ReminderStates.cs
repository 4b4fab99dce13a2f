namespace RenminDaibiao.Notifications.Domain;

public static class ReminderStates
{
    public const string Pending = "pending";
    public const string Fired = "fired";
    public const string Cancelled = "cancelled";
}
