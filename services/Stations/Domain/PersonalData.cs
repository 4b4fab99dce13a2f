using System.Text.RegularExpressions;

namespace RenminDaibiao.Stations.Domain;

/// <summary>Masking of citizens' personal data (个人信息保护法): staff lists and responses never show a full name or ID number (phones: <see cref="Phones"/>).</summary>
public static partial class PersonalData
{
    public const string InvalidIdNumberMessage = "身份证号码格式不正确，应为 18 位。";

    public const int IdNumberLength = 18;

    /// <summary>张三丰 becomes 张**: the surname is enough to address the citizen in a list.</summary>
    public static string? MaskName(string? name) => name switch
    {
        null or "" => null,
        { Length: 1 } => "*",
        _ => name[..1] + new string('*', name.Length - 1),
    };

    /// <summary>411302199001011234 becomes 4113**********1234.</summary>
    public static string? MaskIdNumber(string? idNumber) => idNumber switch
    {
        null or "" => null,
        { Length: >= 10 } => idNumber[..4] + new string('*', idNumber.Length - 8) + idNumber[^4..],
        _ => "****",
    };

    public static string? NormalizeIdNumber(string? idNumber, string field, DomainErrors errors)
    {
        if (string.IsNullOrWhiteSpace(idNumber))
        {
            return null;
        }

        var value = idNumber.Trim().ToUpperInvariant();
        if (!IdNumberPattern().IsMatch(value))
        {
            errors.Add(field, InvalidIdNumberMessage);
            return null;
        }

        return value;
    }

    [GeneratedRegex("^[0-9]{17}[0-9X]$")]
    private static partial Regex IdNumberPattern();
}
