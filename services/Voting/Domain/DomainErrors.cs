namespace RenminDaibiao.Voting.Domain;

/// <summary>Field-level rule violations, keyed by the request field (camelCase) that broke the rule.</summary>
public sealed class DomainErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IDictionary<string, string[]> ByField => _errors;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}

/// <summary>An operation that the current state does not allow (HTTP 409).</summary>
public sealed class DomainConflictException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;
}

/// <summary>Text checks shared by the aggregates.</summary>
internal static class Text
{
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
            return null;
        }

        return trimmed;
    }
}
