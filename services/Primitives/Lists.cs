namespace RenminDaibiao.Primitives;

/// <summary>The list rules every request body follows: a bounded number of entries and no null entry.</summary>
public static class Lists
{
    /// <summary>
    /// Adds an error on the list when it holds more than <paramref name="maxCount"/> entries, or on each null entry by
    /// its index (<c>field[i]</c>); returns whether the entries can be checked one by one.
    /// </summary>
    public static bool WithinLimits<T>(IReadOnlyList<T>? list, string field, string label, int maxCount, DomainErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
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
