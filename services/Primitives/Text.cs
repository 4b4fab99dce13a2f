namespace RenminDaibiao.Primitives;

/// <summary>The text rules every aggregate applies to what people type: trimmed, required or optional, never longer than its limit.</summary>
public static class Text
{
    /// <summary>Trims a required text and checks its length; null when it breaks a rule (the error is added).</summary>
    public static string? Required(string? value, string field, string label, int maxLength, DomainErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(field, $"{label}不能为空。");
            return null;
        }

        return WithinLength(trimmed, field, label, maxLength, errors);
    }

    /// <summary>Trims an optional text (empty becomes null) and checks its length; null when too long (the error is added).</summary>
    public static string? Optional(string? value, string field, string label, int maxLength, DomainErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : WithinLength(trimmed, field, label, maxLength, errors);
    }

    private static string? WithinLength(string trimmed, string field, string label, int maxLength, DomainErrors errors)
    {
        if (trimmed.Length <= maxLength)
        {
            return trimmed;
        }

        errors.Add(field, $"{label}不能超过 {maxLength} 个字符。");
        return null;
    }
}
