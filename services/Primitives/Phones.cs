namespace RenminDaibiao.Primitives;

/// <summary>
/// Mainland mobile numbers (个人信息保护法 applies): read in any usual writing (<c>138 1234 5678</c>, <c>138-1234-5678</c>,
/// <c>+86 138…</c>, <c>0086 138…</c>), stored as 11 digits, and masked (<c>138****5678</c>) wherever anyone but the
/// owner sees them, logs included.
/// </summary>
public static class Phones
{
    public const int Length = 11;

    /// <summary>The longest writing accepted before normalisation (the column of a normalised number is <see cref="Length"/>).</summary>
    public const int MaxInputLength = 20;

    public const string InvalidMessage = "手机号码应为 11 位数字，以 1 开头。";

    /// <summary>Whether <paramref name="phone"/> is a normalised mobile number: 11 digits, 1 then 3–9.</summary>
    public static bool IsValid(string? phone) =>
        phone is { Length: Length } && phone[0] == '1' && phone[1] is >= '3' and <= '9' && phone.All(char.IsAsciiDigit);

    /// <summary>The 11 digits of a written number; null for an empty input, or for an invalid one (the error is added).</summary>
    public static string? Normalize(string? input, string field, DomainErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        if (input.Length > MaxInputLength || !input.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+'))
        {
            errors.Add(field, InvalidMessage);
            return null;
        }

        var digits = new string([.. input.Where(char.IsAsciiDigit)]);
        var international = input.TrimStart().StartsWith('+');
        var national = international || digits.Length > Length ? StripCountryCode(digits) : digits;

        // "+" announces a country code, and only China's (86) is a mainland mobile.
        if ((international && national.Length == digits.Length) || !IsValid(national))
        {
            errors.Add(field, InvalidMessage);
            return null;
        }

        return national;
    }

    /// <summary>138****5678 for a mobile number; only the last four digits of anything else; empty for nothing.</summary>
    public static string Mask(string? phone) => phone?.Trim() switch
    {
        null or "" => "",
        { Length: Length } mobile => string.Concat(mobile.AsSpan(0, 3), "****", mobile.AsSpan(7)),
        { Length: > 4 } other => string.Concat(new string('*', other.Length - 4), other.AsSpan(other.Length - 4)),
        _ => "****",
    };

    private static string StripCountryCode(string digits) =>
        digits.StartsWith("0086", StringComparison.Ordinal) ? digits[4..]
        : digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..]
        : digits;
}
