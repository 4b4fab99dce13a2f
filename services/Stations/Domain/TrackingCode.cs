using System.Security.Cryptography;

namespace RenminDaibiao.Stations.Domain;

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
