namespace RenminDaibiao.Stations.Apis;

/// <summary>Enum values in query strings, written the way JSON writes them ("photo-report", "sent-to-unit").</summary>
internal static class QueryEnum
{
    /// <summary>False when <paramref name="value"/> is given but names no member; null result when not given.</summary>
    public static bool TryParse<TEnum>(string? value, out TEnum? result)
        where TEnum : struct, Enum
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var pascal = string.Concat(value.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        if (!pascal.All(char.IsAsciiLetter) || !Enum.TryParse<TEnum>(pascal, ignoreCase: true, out var parsed))
        {
            return false;
        }

        result = parsed;
        return true;
    }
}
