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

/// <summary>List checks shared by the aggregates: a client may send too many entries, or null ones.</summary>
internal static class Lists
{
    /// <summary>
    /// Adds an error on the list when it holds more than <paramref name="maxCount"/> entries, or on each null
    /// entry by its index (<c>field[i]</c>); returns whether the entries can be checked one by one.
    /// </summary>
    public static bool WithinLimits<T>(DomainErrors errors, string field, IReadOnlyList<T>? list, int maxCount, string label)
    {
        if (list is null)
        {
            return true;
        }

        if (list.Count > maxCount)
        {
            errors.Add(field, $"{label}最多 {maxCount} 项。");
            return false;
        }

        var usable = true;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                errors.Add($"{field}[{i}]", $"{label}中的第 {i + 1} 项不能为空。");
                usable = false;
            }
        }

        return usable;
    }
}
