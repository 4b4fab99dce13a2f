namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// The kinds of record a message can be about. The deadline kinds are the item kinds Suggestions and Stations
/// send with a deadline, so a reminder names its item the same way.
/// </summary>
public static class RecordKinds
{
    public const string Suggestion = "suggestion";
    public const string Opinion = "opinion";
    public const string FollowUpLetter = "follow-up-letter";
    public const string Rectification = "rectification";
    public const string DutyShift = Reminder.DutyShiftItemKind;
    public const string Vote = "vote";
    public const string Deputy = "deputy";
}
