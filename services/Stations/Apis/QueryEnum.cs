namespace RenminDaibiao.Stations.Apis;

/// <summary>Enum values in query strings, written the way JSON writes them ("photo-report", "sent-to-unit").</summary>
internal static class QueryEnum
{
    /// <summary>
    /// The member <paramref name="value"/> names; null when it is not given, and null with an error on
    /// <paramref name="field"/> when it names no member.
    /// </summary>
    public static TEnum? Read<TEnum>(string? value, string field, string message, DomainErrors errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var pascal = string.Concat(value.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        if (pascal.All(char.IsAsciiLetter) && Enum.TryParse<TEnum>(pascal, ignoreCase: true, out var parsed))
        {
            return parsed;
        }

        errors.Add(field, message);
        return null;
    }
}
