using RenminDaibiao.Messaging;
using RenminDaibiao.Notifications.IntegrationEvents;

namespace RenminDaibiao.Notifications.Infrastructure;

public static class NotificationsServiceExtensions
{
    public static IHostApplicationBuilder AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<NotificationsContext>("notificationsdb", (services, options) => options.UseOutboxSignal(services));
        builder.Services.AddMigration<NotificationsContext>();
        builder.AddRedisClient("redis");
        builder.AddEventBus<NotificationsContext>("rabbitmq", bus => bus.AddConsumer<DeputyRegisteredConsumer>());
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
