using System.Security.Cryptography;
using System.Text;
using RenminDaibiao.Primitives;

namespace RenminDaibiao.Identity.Domain;

/// <summary>
/// A long-lived credential that buys a new access token. Only its SHA-256 hash is stored. Each use
/// rotates it: the used token is revoked and a successor of the same family is issued. Presenting a
/// revoked token again means it was stolen (or replayed), so the whole family is revoked.
/// </summary>
public sealed class RefreshToken
{
    /// <summary>How long a refresh token stays usable.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>Lower-case hex of a SHA-256 hash.</summary>
    public const int HashLength = 64;

    /// <summary>Secrets are 43 characters (32 random bytes, base64url); nothing longer was ever issued.</summary>
    public const int MaxSecretLength = 64;

    private const int TokenBytes = 32;

    private RefreshToken(Guid id, Guid accountId, Guid familyId, string tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        AccountId = accountId;
        FamilyId = familyId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    /// <summary>Every token rotated from the same log-in shares the family id.</summary>
    public Guid FamilyId { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the token the client holds.</summary>
    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>The token issued in exchange for this one, when it was rotated.</summary>
    public Guid? ReplacedById { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public bool IsActive(DateTimeOffset now) => !IsRevoked && ExpiresAt > now;

    /// <summary>Issues the first token of a new family (at log-in). Returns the entity and the secret for the client.</summary>
    public static (RefreshToken Token, string Secret) IssueFor(Guid accountId, DateTimeOffset now) =>
        Issue(accountId, Guid.CreateVersion7(), now);

    /// <summary>Checks that a refresh request presents a secret no longer than an issued one; errors by request field.</summary>
    public static DomainErrors CheckPresented(string? secret)
    {
        var errors = new DomainErrors();
        if (string.IsNullOrWhiteSpace(secret))
        {
            errors.Add("refreshToken", "请提供刷新令牌。");
        }
        else if (secret.Length > MaxSecretLength)
        {
            errors.Add("refreshToken", $"刷新令牌不能超过 {MaxSecretLength} 个字符。");
        }

        return errors;
    }

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>
    /// Exchanges this token for its successor. Fails when it is expired or already revoked; a revoked
    /// one signals reuse, and the caller must then revoke the family (<see cref="RevokeFamily"/>).
    /// </summary>
    public RotationResult Rotate(DateTimeOffset now)
    {
        if (IsRevoked)
        {
            return new RotationResult(RotationOutcome.Reused, null, null);
        }

        if (ExpiresAt <= now)
        {
            return new RotationResult(RotationOutcome.Expired, null, null);
        }

        var (successor, secret) = Issue(AccountId, FamilyId, now);
        RevokedAt = now;
        ReplacedById = successor.Id;
        return new RotationResult(RotationOutcome.Rotated, successor, secret);
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Revokes every still-usable token of a family (after reuse was detected).</summary>
    public static void RevokeFamily(IEnumerable<RefreshToken> family, DateTimeOffset now)
    {
        foreach (var token in family)
        {
            token.Revoke(now);
        }
    }

    private static (RefreshToken Token, string Secret) Issue(Guid accountId, Guid familyId, DateTimeOffset now)
    {
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
        var token = new RefreshToken(Guid.CreateVersion7(), accountId, familyId, Hash(secret), now, now + Lifetime);
        return (token, secret);
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
