using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RenminDaibiao.ServiceDefaults.Authentication;

/// <summary>Who an access token speaks for. Deputy and unit are set only for accounts that have them.</summary>
public sealed record TokenSubject(
    Guid AccountId,
    string Name,
    IReadOnlyCollection<string> Roles,
    string DivisionCode,
    Guid? DeputyId = null,
    string? UnitCode = null);

/// <summary>Writes the platform's signed JWT access tokens: one format for the issuer and for tests.</summary>
public sealed class AccessTokenFactory(TokenOptions options, TimeProvider clock)
{
    private static readonly TimeSpan ServiceTokenLifetime = TimeSpan.FromMinutes(5);

    private readonly SigningCredentials _credentials = new(options.CreateSecurityKey(), SecurityAlgorithms.HmacSha256);

    /// <summary>A short-lived token a service sends to another service's internal endpoints: the service role, no division.</summary>
    public static string CreateForService(TokenOptions options, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The receiving service validates against its real clock, whatever clock this service runs on.
        var now = DateTimeOffset.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity([new Claim(PlatformClaims.Name, serviceName), new Claim(PlatformClaims.Role, Roles.Service)]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + ServiceTokenLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(options.CreateSecurityKey(), SecurityAlgorithms.HmacSha256),
        });
    }

    public (string Token, DateTimeOffset ExpiresAt) Create(TokenSubject subject)
    {
        var now = clock.GetUtcNow();
        var expiresAt = now + options.AccessTokenLifetime;
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, subject.AccountId.ToString()),
            new(PlatformClaims.Name, subject.Name),
            new(PlatformClaims.Division, subject.DivisionCode),
            new(PlatformClaims.DivisionPath, DivisionCodes.PathOf(subject.DivisionCode)),
        };
        claims.AddRange(subject.Roles.Select(role => new Claim(PlatformClaims.Role, role)));
        if (subject.DeputyId is { } deputyId)
        {
            claims.Add(new Claim(PlatformClaims.Deputy, deputyId.ToString()));
        }

        if (subject.UnitCode is { } unitCode)
        {
            claims.Add(new Claim(PlatformClaims.Unit, unitCode));
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = _credentials,
        });
        return (token, expiresAt);
    }
}
