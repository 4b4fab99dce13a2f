namespace RenminDaibiao.Gateway;

public static class GatewayExtensions
{
    /// <summary>Default for every request body; attachments stay well under it.</summary>
    private const long DefaultMaxRequestBodyBytes = 10 * 1024 * 1024;

    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        var proxy = builder.Configuration.GetSection("ReverseProxy");
        builder.Services.AddReverseProxy().LoadFromConfig(proxy).AddServiceDiscoveryDestinationResolver();
        builder.Services.AddPerClientRateLimit(builder.Configuration);

        var maxBodyBytes = builder.Configuration.GetValue("Gateway:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            options => options.Limits.MaxRequestBodySize = maxBodyBytes);

        // The gateway is ready when every service behind it is.
        var health = builder.Services.AddHealthChecks();
        foreach (var cluster in proxy.GetSection("Clusters").GetChildren())
        {
            health.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                cluster.Key,
                services => new DownstreamHealthCheck(services.GetRequiredService<IHttpClientFactory>(), cluster.Key),
                failureStatus: null,
                tags: null));
        }

        return builder;
    }
}
