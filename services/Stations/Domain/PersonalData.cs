using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace RenminDaibiao.Stations.Domain;

/// <summary>Masking of citizens' personal data (个人信息保护法): staff lists and responses never show a full phone or ID number.</summary>
public static partial class PersonalData
{
    public const string InvalidPhoneMessage = "手机号码格式不正确，应为 11 位手机号。";
    public const string InvalidIdNumberMessage = "身份证号码格式不正确，应为 18 位。";

    /// <summary>A stored phone is a normalized 11-digit mobile number; the column leaves room.</summary>
    public const int MaxPhoneLength = 20;
    public const int IdNumberLength = 18;

    /// <summary>张三丰 becomes 张**: the surname is enough to address the citizen in a list.</summary>
    public static string? MaskName(string? name) => name switch
    {
        null or "" => null,
        { Length: 1 } => "*",
        _ => name[..1] + new string('*', name.Length - 1),
    };

    /// <summary>13812341234 becomes 138****1234.</summary>
    public static string? MaskPhone(string? phone) => phone switch
    {
        null or "" => null,
        { Length: >= 8 } => phone[..3] + "****" + phone[^4..],
        _ => "****",
    };

    /// <summary>411302199001011234 becomes 4113**********1234.</summary>
    public static string? MaskIdNumber(string? idNumber) => idNumber switch
    {
        null or "" => null,
        { Length: >= 10 } => idNumber[..4] + new string('*', idNumber.Length - 8) + idNumber[^4..],
        _ => "****",
    };

    /// <summary>Digits only; a mainland mobile number (11 digits, starting 13–19).</summary>
    public static string? NormalizePhone(string? phone, string field, DomainErrors errors)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13)
        {
            digits = digits[2..];
        }

        if (!MobilePattern().IsMatch(digits) || phone.Any(c => char.IsLetter(c)))
        {
            errors.Add(field, InvalidPhoneMessage);
            return null;
        }

        return digits;
    }

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

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex("^[0-9]{17}[0-9X]$")]
    private static partial Regex IdNumberPattern();
}

/// <summary>Tracking codes: 12 characters of Crockford base32 from a CSPRNG (60 bits), so they cannot be guessed or enumerated.</summary>
public static class TrackingCode
{
    public const int Length = 12;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[bytes[i] & 31];
        }

        return new string(chars);
    }

    /// <summary>Upper-cases and checks the alphabet; null when it cannot be a tracking code.</summary>
    public static string? Normalize(string? code)
    {
        var value = code?.Trim().ToUpperInvariant();
        return value is { Length: Length } && value.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? value : null;
    }
}
