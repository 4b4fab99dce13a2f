using System.Security.Cryptography;

namespace RenminDaibiao.Identity.Domain;

/// <summary>
/// Passwords the platform generates for staff to hand out once (a bulk roll's accounts): 14 random characters
/// from an alphabet without look-alikes (0/O, 1/l/I), about 80 bits, always with letters and digits.
/// </summary>
public static class OneTimePasswords
{
    public const int Length = 14;

    private const string Letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Alphabet = Letters + Digits;

    public static string Generate()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Alphabet, Length);
            if (Account.ValidatePassword(password) is null)
            {
                return password;
            }
        }
    }
}
