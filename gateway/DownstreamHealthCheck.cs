using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RenminDaibiao.Gateway;

/// <summary>Asks one service for its own readiness through service discovery.</summary>
internal sealed class DownstreamHealthCheck(IHttpClientFactory clients, string serviceName) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var client = clients.CreateClient(nameof(DownstreamHealthCheck));
            using var response = await client.GetAsync(new Uri($"http://{serviceName}/health"), timeout.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, $"{serviceName} answered {(int)response.StatusCode}");
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException
            or Polly.Timeout.TimeoutRejectedException or InvalidOperationException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{serviceName} is not reachable", exception);
        }
    }
}
