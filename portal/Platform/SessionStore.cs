using System.Collections.Concurrent;
using System.Net.Http.Json;

namespace RenminDaibiao.Portal.Platform;

/// <summary>
/// The signed-in people's platform tokens, kept on the server: the browser holds only the session id in an
/// HttpOnly cookie. One place refreshes a session's tokens, because a refresh token is single-use and a second
/// use ends the whole log-in. Sessions live in memory, so a restart of the portal asks people to sign in again.
/// </summary>
public sealed class SessionStore(IHttpClientFactory httpClients, TimeProvider clock, ILogger<SessionStore> logger)
{
    /// <summary>Refresh a little before expiry, so that a token never expires between here and the service.</summary>
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    public string Open(TokenPair tokens)
    {
        var id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        _sessions[id] = new Session(tokens);
        return id;
    }

    public bool IsOpen(string sessionId) => _sessions.ContainsKey(sessionId);

    public void Close(string sessionId) => _sessions.TryRemove(sessionId, out _);

    /// <summary>A valid access token of the session, refreshed when it is about to expire; null once the session is over.</summary>
    public async Task<string?> AccessTokenAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!_sessions.TryGetValue(sessionId, out var session))
        {
            return null;
        }

        await session.Lock.WaitAsync(cancellationToken);
        try
        {
            if (session.Tokens.ExpiresAt - RefreshMargin > clock.GetUtcNow())
            {
                return session.Tokens.AccessToken;
            }

            var client = httpClients.CreateClient(PlatformClient.Name);
            using var response = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = session.Tokens.RefreshToken }, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogInformation("A portal session ended: the refresh was refused with {Status}", (int)response.StatusCode);
                Close(sessionId);
                return null;
            }

            session.Tokens = (await response.Content.ReadFromJsonAsync<TokenPair>(cancellationToken))!;
            return session.Tokens.AccessToken;
        }
        finally
        {
            session.Lock.Release();
        }
    }

    private sealed class Session(TokenPair tokens)
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public TokenPair Tokens { get; set; } = tokens;
    }
}
