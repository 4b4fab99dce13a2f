using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace RenminDaibiao.ServiceDefaults.Authentication;

/// <summary>
/// The "Identity" configuration section: the key tokens are signed with (the AppHost injects it as
/// Identity__SigningKey) and the names every issuer and validator agree on.
/// </summary>
public sealed class TokenOptions
{
    public const string SectionName = "Identity";

    public string Issuer { get; set; } = "renmindaibiao";

    public string Audience { get; set; } = "renmindaibiao";

    public string SigningKey { get; set; } = "";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(60);

    public SymmetricSecurityKey CreateSecurityKey()
    {
        // HMAC-SHA256 needs at least 256 bits; a shorter key is a deployment mistake, not a runtime surprise.
        var bytes = Encoding.UTF8.GetBytes(SigningKey);
        return bytes.Length >= 32
            ? new SymmetricSecurityKey(bytes)
            : throw new InvalidOperationException("Identity:SigningKey must be at least 32 bytes long.");
    }
}
