namespace RenminDaibiao.Notifications.Domain;

public static class ReminderStages
{
    public const string DueSoon = "due-soon";
    public const string DueToday = "due-today";
    public const string Overdue = "overdue";

    /// <summary>The day before a duty shift.</summary>
    public const string DayBefore = "day-before";
}
