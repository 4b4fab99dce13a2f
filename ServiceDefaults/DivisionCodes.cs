namespace RenminDaibiao.ServiceDefaults;

/// <summary>GB/T 2260 administrative division codes: six digits for a city or county, nine for a township or street.</summary>
public static class DivisionCodes
{
    public const string InvalidMessage = "行政区划代码应为 6 位或 9 位数字。";

    public static bool IsValid(string? code) =>
        code is { Length: 6 or 9 } && code.All(char.IsAsciiDigit);
}
