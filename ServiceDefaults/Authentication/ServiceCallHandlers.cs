using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace RenminDaibiao.ServiceDefaults.Authentication;

/// <summary>
/// Sends the current caller's own access token on a call to another service, so that the other service
/// applies its authorisation and division scope to the caller: what the caller may not see there is not found.
/// </summary>
public sealed class CallerTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (accessor.HttpContext?.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization
            && AuthenticationHeaderValue.TryParse(authorization, out var header))
        {
            request.Headers.Authorization = header;
        }

        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Sends a token of the <see cref="Roles.Service"/> role, for calls made outside any user's request (consumers, jobs).</summary>
public sealed class ServiceTokenHandler(TokenOptions options, IHostEnvironment environment) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessTokenFactory.CreateForService(options, environment.ApplicationName));
        return base.SendAsync(request, cancellationToken);
    }
}
