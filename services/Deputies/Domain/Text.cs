namespace RenminDaibiao.Deputies.Domain;

internal static class Text
{
    /// <summary>Trims a required text field and records an error when it is empty or too long.</summary>
    public static string? Required(DomainErrors errors, string field, string? value, int maxLength, string label)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(field, $"{label}不能为空。");
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"{label}不能超过 {maxLength} 个字符。");
            return null;
        }

        return trimmed;
    }

    /// <summary>Trims an optional text field (empty becomes null) and records an error when it is too long.</summary>
    public static string? Optional(DomainErrors errors, string field, string? value, int maxLength, string label)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"{label}不能超过 {maxLength} 个字符。");
        }

        return trimmed;
    }
}
