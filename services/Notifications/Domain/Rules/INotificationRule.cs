namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>Turns one integration event (or a fired reminder) into the messages for the right people.</summary>
public interface INotificationRule<in TEvent>
{
    IReadOnlyList<PlannedMessage> Plan(TEvent source);
}

internal static class Rule
{
    public static PlannedMessage Message(RecipientKey recipient, string kind, string divisionCode, params (string Key, string Value)[] values) =>
        Message(recipient, kind, kind, divisionCode, values);

    public static PlannedMessage Message(
        RecipientKey recipient, string kind, string templateKey, string divisionCode, params (string Key, string Value)[] values)
    {
        var (title, body) = MessageTemplates.Render(templateKey, values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
        return new PlannedMessage(recipient, kind, title, body, divisionCode);
    }
}
