namespace RenminDaibiao.Notifications.Domain;

/// <summary>Masks phone numbers for logs, keys and staff views (个人信息保护法): 138****5678.</summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        var digits = (phone ?? "").Trim();
        return digits.Length switch
        {
            0 => "",
            <= 4 => new string('*', digits.Length),
            <= 7 => digits[..1] + new string('*', digits.Length - 3) + digits[^2..],
            _ => digits[..3] + new string('*', digits.Length - 7) + digits[^4..],
        };
    }
}
