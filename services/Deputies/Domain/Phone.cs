namespace RenminDaibiao.Deputies.Domain;

/// <summary>Mainland mobile numbers: validated on input, masked (138****1234) wherever a non-owner sees them.</summary>
public static class Phone
{
    public const int Length = 11;
    public const string InvalidMessage = "手机号码应为 11 位数字，以 1 开头。";

    public static bool IsValid(string? phone) =>
        phone is { Length: Length } && phone[0] == '1' && phone[1] is >= '3' and <= '9' && phone.All(char.IsAsciiDigit);

    public static string Mask(string? phone) => phone switch
    {
        null or "" => "",
        { Length: Length } => string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(7)),
        { Length: > 4 } => string.Concat(new string('*', phone.Length - 4), phone.AsSpan(phone.Length - 4)),
        _ => "****",
    };
}
