namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// What a rule decided: one text for one recipient, about one record. The channels come from the recipient's preferences.
/// </summary>
public sealed record PlannedMessage(RecipientKey Recipient, string Kind, string Title, string Body, string DivisionCode, RecordRef? About = null);
