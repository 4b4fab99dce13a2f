using System.Net.Http.Headers;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.TestSupport;

/// <summary>Access tokens for tests, signed with the key every test host is configured with.</summary>
public static class TestTokens
{
    public const string SigningKey = "test-signing-key-of-at-least-32-bytes-0123456789";

    // Valid for over a year: tests move the services' clocks months ahead to reach deadlines.
    private static readonly AccessTokenFactory Factory = new(
        new TokenOptions { SigningKey = SigningKey, AccessTokenLifetime = TimeSpan.FromDays(400) }, TimeProvider.System);

    public static string Create(TokenSubject subject) => Factory.Create(subject).Token;

    /// <summary>A caller with one role in one division; a fresh account id unless given.</summary>
    public static TokenSubject Subject(
        string role, string divisionCode, Guid? deputyId = null, string? unitCode = null, Guid? accountId = null) =>
        new(accountId ?? Guid.CreateVersion7(), $"{role}-{divisionCode}", [role], divisionCode, deputyId, unitCode);

    public static HttpClient WithToken(this HttpClient client, TokenSubject subject)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Create(subject));
        return client;
    }
}
