using RenminDaibiao.Messaging;

namespace RenminDaibiao.Suggestions.Infrastructure;

public static class SuggestionsServiceExtensions
{
    public static IHostApplicationBuilder AddSuggestionsServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<SuggestionsContext>("suggestionsdb", (services, options) => options.UseOutboxSignal(services));
        builder.Services.AddMigration<SuggestionsContext>();
        builder.AddRedisClient("redis");
        builder.AddEventBus<SuggestionsContext>("rabbitmq");
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
