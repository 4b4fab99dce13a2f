using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>
/// Fixed-window counters in Redis, shared by every instance of the service: per client IP and per phone
/// number. Only the anonymous forms use it. When Redis is unreachable they fail closed (503): an unlimited
/// anonymous form is an open door for floods, and signed-in staff, who are not limited here, can still
/// register what a citizen brings in person.
/// </summary>
public sealed partial class PublicRateLimiter(
    IConnectionMultiplexer redis, IOptionsMonitor<PublicRateLimitOptions> options, TimeProvider clock, ILogger<PublicRateLimiter> logger)
{
    // INCR and set the expiry of a new window in one step, so a crash in between cannot leave a counter forever.
    private const string IncrementScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    /// <summary>Counts one request of <paramref name="form"/> against the IP's and the phone's limits.</summary>
    public async Task<PublicRateDecision> TryAcquireAsync(string form, string? clientIp, string? phone)
    {
        var limits = options.CurrentValue;
        try
        {
            if (await CountAsync($"{form}:ip:{clientIp ?? "unknown"}", limits.IpWindow) > limits.PerIp)
            {
                return PublicRateDecision.OverLimit(UntilWindowEnds(limits.IpWindow));
            }

            return phone is null || await CountAsync($"{form}:phone:{phone}", limits.PhoneWindow) <= limits.PerPhone
                ? PublicRateDecision.Allowed
                : PublicRateDecision.OverLimit(UntilWindowEnds(limits.PhoneWindow));
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            LogRedisUnavailable(logger, exception);
            return PublicRateDecision.Unavailable;
        }
    }

    private async Task<long> CountAsync(string subject, TimeSpan window)
    {
        var key = $"stations:ratelimit:{subject}:{NowMilliseconds() / (long)window.TotalMilliseconds}";
        var result = await redis.GetDatabase().ScriptEvaluateAsync(
            IncrementScript, [new RedisKey(key)], [(long)window.TotalMilliseconds]);
        return (long)result;
    }

    /// <summary>Windows are fixed (aligned to the Unix epoch), so the counter that refused starts again at the next boundary.</summary>
    private TimeSpan UntilWindowEnds(TimeSpan window)
    {
        var length = (long)window.TotalMilliseconds;
        var now = NowMilliseconds();
        return TimeSpan.FromMilliseconds(((now / length) + 1) * length - now);
    }

    private long NowMilliseconds() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unavailable; the public forms are closed until it is back.")]
    private static partial void LogRedisUnavailable(ILogger logger, Exception exception);
}
