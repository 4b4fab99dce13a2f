namespace RenminDaibiao.Deputies.Domain;

internal static class Lists
{
    /// <summary>
    /// Records an error naming the list when it holds more than <paramref name="maxCount"/> items, else one naming
    /// each missing item ("seats[2]"). Returns whether the list may be looked at item by item.
    /// </summary>
    public static bool Check<T>(DomainErrors errors, string field, IReadOnlyList<T?>? items, int maxCount, string label)
    {
        if (items is null)
        {
            return true;
        }

        if (items.Count > maxCount)
        {
            errors.Add(field, $"{label}不能超过 {maxCount} 项。");
            return false;
        }

        var complete = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                errors.Add($"{field}[{i}]", $"{label}不能为空。");
                complete = false;
            }
        }

        return complete;
    }
}
