using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace RenminDaibiao.Gateway;

/// <summary>
/// A per-client budget on every proxied route, so one misbehaving client cannot starve the services.
/// Finer limits that need shared state (per phone number on the public citizen form) live in the service.
/// </summary>
internal static class RateLimiting
{
    public const string PerClientPolicy = "per-client";

    public static IServiceCollection AddPerClientRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permitsPerMinute = configuration.GetValue("Gateway:RateLimit:PermitsPerMinute", 6000);
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(PerClientPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await response.WriteAsJsonAsync(
                    new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "请求过于频繁",
                        Detail = "请稍后再试。",
                    },
                    options: null,
                    contentType: "application/problem+json",
                    cancellationToken);
            };
        });
    }
}
