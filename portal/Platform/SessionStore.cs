using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using StackExchange.Redis;

namespace RenminDaibiao.Portal.Platform;

/// <summary>
/// The signed-in people's platform tokens, kept on the server in the platform's Redis: the browser holds only the
/// session id in an HttpOnly cookie. Sessions survive a restart of the portal and are shared by its replicas. A
/// refresh token is single-use and a second use ends the whole log-in, so one replica at a time refreshes a
/// session, under a Redis lock; the others wait for the new tokens.
/// </summary>
public sealed class SessionStore(IConnectionMultiplexer redis, IHttpClientFactory httpClients, TimeProvider clock, ILogger<SessionStore> logger)
{
    /// <summary>Refresh a little before expiry, so that a token never expires between here and the service.</summary>
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);

    /// <summary>How long a refresh may hold the lock, and how long another request waits for its result.</summary>
    private static readonly TimeSpan RefreshTimeout = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private IDatabase Database => redis.GetDatabase();

    public async Task<string> OpenAsync(TokenPair tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await WriteAsync(id, tokens);
        return id;
    }

    public Task<bool> IsOpenAsync(string sessionId) => Database.KeyExistsAsync(Key(sessionId));

    public Task CloseAsync(string sessionId) => Database.KeyDeleteAsync(Key(sessionId));

    /// <summary>A valid access token of the session, refreshed when it is about to expire; null once the session is over.</summary>
    public async Task<string?> AccessTokenAsync(string sessionId, CancellationToken cancellationToken)
    {
        var giveUpAt = clock.GetUtcNow() + RefreshTimeout;
        while (true)
        {
            if (await ReadAsync(sessionId) is not { } tokens)
            {
                return null;
            }

            if (IsFresh(tokens))
            {
                return tokens.AccessToken;
            }

            var owner = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            if (await Database.LockTakeAsync(LockKey(sessionId), owner, RefreshTimeout))
            {
                try
                {
                    return await RefreshAsync(sessionId, cancellationToken);
                }
                finally
                {
                    await Database.LockReleaseAsync(LockKey(sessionId), owner);
                }
            }

            if (clock.GetUtcNow() > giveUpAt)
            {
                return null;
            }

            await Task.Delay(PollInterval, clock, cancellationToken);
        }
    }

    private async Task<string?> RefreshAsync(string sessionId, CancellationToken cancellationToken)
    {
        // Another replica may have refreshed between the read and the lock.
        if (await ReadAsync(sessionId) is not { } tokens)
        {
            return null;
        }

        if (IsFresh(tokens))
        {
            return tokens.AccessToken;
        }

        var client = httpClients.CreateClient(PlatformClient.Name);
        using var response = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("A portal session ended: the refresh was refused with {Status}", (int)response.StatusCode);
            await CloseAsync(sessionId);
            return null;
        }

        var refreshed = (await response.Content.ReadFromJsonAsync<TokenPair>(cancellationToken))!;
        await WriteAsync(sessionId, refreshed);
        return refreshed.AccessToken;
    }

    private bool IsFresh(TokenPair tokens) => tokens.ExpiresAt - RefreshMargin > clock.GetUtcNow();

    private async Task<TokenPair?> ReadAsync(string sessionId) =>
        await Database.StringGetAsync(Key(sessionId)) is { HasValue: true } value
            ? JsonSerializer.Deserialize<TokenPair>(value.ToString())
            : null;

    /// <summary>The session lasts as long as its refresh token: after that nothing could renew its access.</summary>
    private Task WriteAsync(string sessionId, TokenPair tokens) =>
        Database.StringSetAsync(Key(sessionId), JsonSerializer.Serialize(tokens), tokens.RefreshTokenExpiresAt - clock.GetUtcNow());

    private static RedisKey Key(string sessionId) => $"portal:session:{sessionId}";

    private static RedisKey LockKey(string sessionId) => $"portal:session:{sessionId}:refresh";
}
