using RenminDaibiao.Primitives;

namespace RenminDaibiao.ServiceDefaults;

/// <summary>
/// GB/T 2260 administrative division codes: six digits for a city (ending in 00) or a county/district,
/// nine for a township or street (its county's six digits plus three). The code itself carries the
/// tree, so every service can scope by division without asking the Deputies service.
/// </summary>
public static class DivisionCodes
{
    /// <summary>The longest valid code, a township's nine digits: the length every service stores and accepts.</summary>
    public const int MaxLength = 9;

    public const string InvalidMessage = "行政区划代码应为 6 位或 9 位数字。";

    public static bool IsValid(string? code) =>
        code is { Length: 6 or MaxLength } && code.All(char.IsAsciiDigit);

    /// <summary>Adds the invalid-code error under <paramref name="field"/> unless <paramref name="code"/> is valid; returns whether it is.</summary>
    public static bool Require(string? code, DomainErrors errors, string field = "divisionCode")
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (IsValid(code))
        {
            return true;
        }

        errors.Add(field, InvalidMessage);
        return false;
    }

    /// <summary>As <see cref="Require"/>, but an absent code (a filter left out) is no error.</summary>
    public static void Optional(string? code, DomainErrors errors, string field = "divisionCode")
    {
        if (code is not null)
        {
            Require(code, errors, field);
        }
    }

    public static DivisionLevel LevelOf(string code) => code switch
    {
        { Length: MaxLength } => DivisionLevel.Township,
        _ when code.EndsWith("0000", StringComparison.Ordinal) => DivisionLevel.Province,
        _ when code.EndsWith("00", StringComparison.Ordinal) => DivisionLevel.City,
        _ => DivisionLevel.County,
    };

    /// <summary>The prefix every code in the subtree rooted at <paramref name="code"/> starts with.</summary>
    public static string ScopePrefix(string code) => LevelOf(code) switch
    {
        DivisionLevel.Province => code[..2],
        DivisionLevel.City => code[..4],
        _ => code,
    };

    /// <summary>Whether <paramref name="code"/> is <paramref name="ancestor"/> itself or lies below it.</summary>
    public static bool IsWithin(string code, string ancestor) =>
        code.StartsWith(ScopePrefix(ancestor), StringComparison.Ordinal);

    public static string? ParentOf(string code) => LevelOf(code) switch
    {
        DivisionLevel.Township => code[..6],
        DivisionLevel.County => code[..4] + "00",
        DivisionLevel.City => code[..2] + "0000",
        _ => null,
    };

    /// <summary>The codes from the top of the tree down to <paramref name="code"/>, joined by '/'.</summary>
    public static string PathOf(string code)
    {
        var path = new List<string> { code };
        for (var parent = ParentOf(code); parent is not null && LevelOf(parent) != DivisionLevel.Province; parent = ParentOf(parent))
        {
            path.Insert(0, parent);
        }

        return string.Join('/', path);
    }
}

public enum DivisionLevel
{
    Province,
    City,
    County,
    Township,
}
