using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class DatabaseCountGaugeExtensions
{
    /// <summary>Adds a <see cref="DatabaseCountGauge{TContext}"/>; register it after AddMigration so it first counts a migrated database.</summary>
    public static IServiceCollection AddDatabaseCountGauge<TContext>(
        this IServiceCollection services, string meterName, string instrumentName, string description,
        Func<TContext, DateTimeOffset, CancellationToken, Task<int>> count)
        where TContext : DbContext =>
        services.AddHostedService(provider => new DatabaseCountGauge<TContext>(provider, meterName, instrumentName, description, count));
}
