using System.Security.Cryptography;
using System.Text;
using RenminDaibiao.Primitives;

namespace RenminDaibiao.Voting.Domain;

/// <summary>Receipt codes: 20 random base32 characters (100 bits) in groups of four, shown once to the voter.</summary>
public static class Receipts
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A SHA-256 hash in lower-case hex.</summary>
    public const int HashLength = 64;

    public static string NewCode()
    {
        var bytes = RandomNumberGenerator.GetBytes(20);
        var builder = new StringBuilder(24);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                builder.Append('-');
            }

            builder.Append(Alphabet[bytes[i] % Alphabet.Length]);
        }

        return builder.ToString();
    }

    /// <summary>The hash to look up a receipt code a voter typed in, or an error on <c>code</c> when it cannot be one.</summary>
    public static Outcome<string> HashOfTyped(string? code)
    {
        var errors = new DomainErrors();
        var clean = Text.Required(code, "code", "回执码", VotingLimits.ReceiptCodeMaxLength, errors);
        return clean is null ? Outcome<string>.Invalid(errors) : Outcome<string>.Made(Hash(clean));
    }

    /// <summary>Hash of the normalised code (upper case, no separators or spaces).</summary>
    public static string Hash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalized = new string([.. code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
