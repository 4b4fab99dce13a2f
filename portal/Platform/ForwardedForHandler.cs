using Microsoft.AspNetCore.HttpOverrides;

namespace RenminDaibiao.Portal.Platform;

/// <summary>
/// Names the person's own address (as the gateway forwarded it to the portal) on the portal's calls to the gateway.
/// Without it every citizen using the portal would be the portal's one address, and the public forms' per-IP limit
/// would count them all together. The gateway trusts the header only from its known proxies.
/// </summary>
public sealed class ForwardedForHandler(IHttpContextAccessor httpContext) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (httpContext.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.Remove(ForwardedHeadersDefaults.XForwardedForHeaderName);
            request.Headers.Add(ForwardedHeadersDefaults.XForwardedForHeaderName, address.ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
