using RenminDaibiao.Messaging;

namespace RenminDaibiao.Identity.Infrastructure;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<IdentityContext>("identitydb", (services, options) => options.UseOutboxSignal(services));
        builder.Services.AddMigration<IdentityContext>();
        builder.AddRedisClient("redis");
        builder.AddEventBus<IdentityContext>("rabbitmq");
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
