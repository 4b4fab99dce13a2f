using RenminDaibiao.Messaging;

namespace RenminDaibiao.Deputies.Infrastructure;

public static class DeputiesServiceExtensions
{
    public static IHostApplicationBuilder AddDeputiesServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<DeputiesContext>("deputiesdb", (services, options) => options.UseOutboxSignal(services));
        builder.Services.AddMigration<DeputiesContext>();
        builder.AddRedisClient("redis");
        builder.AddEventBus<DeputiesContext>("rabbitmq");
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
