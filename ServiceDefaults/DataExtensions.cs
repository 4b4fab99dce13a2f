using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Clients for the platform's servers, read from ConnectionStrings:{name} exactly as Aspire's client
/// integrations read them, each with a readiness check named after the connection (the services' contract tests
/// expect those names in /health).
/// </summary>
/// <remarks>
/// Not Aspire.Npgsql.EntityFrameworkCore.PostgreSQL's AddNpgsqlDbContext: it registers a pooled context, and the
/// services' contexts take the request's division scope (IHttpContextAccessor) in their constructors, which
/// pooling refuses; its options callback also has no service provider for the outbox and delivery-signal
/// interceptors. Not Aspire.StackExchange.Redis's AddRedisClient either: the same method name in the same
/// namespace, and a health check under another name.
/// </remarks>
public static class DataExtensions
{
    public static IHostApplicationBuilder AddNpgsqlDbContext<TContext>(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
    {
        var connectionString = RequiredConnectionString(builder.Configuration, connectionName, "Host=localhost");
        builder.Services.AddDbContext<TContext>((services, options) =>
        {
            options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure());
            configure?.Invoke(services, options);
        });
        builder.Services.AddHealthChecks().AddCheck<DbContextHealthCheck<TContext>>(connectionName);
        return builder;
    }

    public static IHostApplicationBuilder AddRedisClient(this IHostApplicationBuilder builder, string connectionName)
    {
        var options = ConfigurationOptions.Parse(RequiredConnectionString(builder.Configuration, connectionName, "localhost"));

        // Keep trying in the background when Redis is down at start-up or restarts later.
        options.AbortOnConnectFail = false;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(connectionName);
        return builder;
    }

    /// <summary>Applies the context's migrations before the service accepts requests, then runs an optional seeder.</summary>
    public static IServiceCollection AddMigration<TContext>(
        this IServiceCollection services, Func<TContext, IServiceProvider, CancellationToken, Task>? seed = null)
        where TContext : DbContext =>
        services.AddHostedService(provider => new MigrationHostedService<TContext>(provider, seed));

    private static string RequiredConnectionString(IConfiguration configuration, string name, string designTimePlaceholder) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value ? value
        // `dotnet ef` builds the host only to find the model and never connects.
        : EF.IsDesignTime ? designTimePlaceholder
        : throw new InvalidOperationException($"ConnectionStrings:{name} is not configured.");

    private sealed class DbContextHealthCheck<TContext>(TContext dbContext) : IHealthCheck
        where TContext : DbContext
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext healthContext, CancellationToken cancellationToken = default) =>
            await dbContext.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(healthContext.Registration.FailureStatus, "PostgreSQL is not reachable");
    }

    private sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var latency = await redis.GetDatabase().PingAsync().ConfigureAwait(false);
                return HealthCheckResult.Healthy($"ping {latency.TotalMilliseconds:0.0} ms");
            }
            catch (RedisException exception)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "Redis is not reachable", exception);
            }
        }
    }

    private sealed class MigrationHostedService<TContext>(
        IServiceProvider provider, Func<TContext, IServiceProvider, CancellationToken, Task>? seed) : IHostedService
        where TContext : DbContext
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = provider.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (seed is not null)
            {
                await seed(context, scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
