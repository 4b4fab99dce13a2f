using RenminDaibiao.Messaging;

namespace RenminDaibiao.Stations.Infrastructure;

public static class StationsServiceExtensions
{
    public static IHostApplicationBuilder AddStationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<StationsContext>("stationsdb", (services, options) => options.UseOutboxSignal(services));
        builder.Services.AddMigration<StationsContext>();
        builder.AddRedisClient("redis");
        builder.AddEventBus<StationsContext>("rabbitmq");
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
