namespace RenminDaibiao.Deputies.Apis;

/// <summary>The <c>sort</c> parameter of list endpoints: a field name, with a leading <c>-</c> for descending order.</summary>
internal static class Sorting
{
    /// <summary>Reads "field" or "-field" (descending); an unknown field is an error naming "sort".</summary>
    public static (string Field, bool Descending) Read(string? sort, string defaultSort, IReadOnlyCollection<string> allowed, DomainErrors errors)
    {
        var value = string.IsNullOrWhiteSpace(sort) ? defaultSort : sort.Trim();
        var descending = value.StartsWith('-');
        var field = descending ? value[1..] : value;
        if (!allowed.Contains(field))
        {
            errors.Add("sort", $"排序字段应为 {string.Join("、", allowed)} 之一，前加 - 表示倒序。");
            return (defaultSort.TrimStart('-'), defaultSort.StartsWith('-'));
        }

        return (field, descending);
    }
}
