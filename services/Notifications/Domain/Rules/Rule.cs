namespace RenminDaibiao.Notifications.Domain.Rules;

internal static class Rule
{
    public static PlannedMessage Message(
        RecipientKey recipient, string kind, RecordRef about, string divisionCode, params (string Key, string Value)[] values) =>
        Message(recipient, kind, kind, about, divisionCode, values);

    public static PlannedMessage Message(
        RecipientKey recipient, string kind, string templateKey, RecordRef about, string divisionCode, params (string Key, string Value)[] values)
    {
        var (title, body) = MessageTemplates.Render(templateKey, values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
        return new PlannedMessage(recipient, kind, title, body, divisionCode, about);
    }
}
