using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Carries the X-Correlation-Id that the gateway sets into every log line of the request and back
/// to the caller, so support staff can find one citizen's request across services.
/// </summary>
internal sealed partial class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = context.Request.Headers[HeaderName].FirstOrDefault() is { Length: > 0 and <= 128 } given
            ? given
            : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        // Set on the request too, so the gateway forwards it to the service that handles it.
        context.Request.Headers[HeaderName] = correlationId;
        // Set when the response starts: behind the gateway that overwrites the copy YARP took from
        // the service's response instead of sending the header twice.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        Activity.Current?.SetTag("correlation.id", correlationId);
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context).ConfigureAwait(false);
        }
    }
}
