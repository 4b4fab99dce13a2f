using RenminDaibiao.Messaging;
using RenminDaibiao.Stations.IntegrationEvents;

namespace RenminDaibiao.Stations.Infrastructure;

public static class StationsServiceExtensions
{
    public static IHostApplicationBuilder AddStationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<StationsContext>("stationsdb", (services, options) => options.UseOutboxSignal(services));
        var seedDemoData = builder.Configuration.GetValue<bool>("Demo:Enabled");
        builder.Services.AddMigration<StationsContext>(seedDemoData ? DemoData.SeedAsync : null);
        StationsMetrics.AddTo(builder.Services);
        builder.AddRedisClient("redis");
        builder.AddEventBus<StationsContext>("rabbitmq", bus =>
        {
            bus.AddConsumer<SuggestionDraftedFromOpinionConsumer>();
            bus.AddConsumer<SuggestionAnsweredConsumer>();
            bus.AddConsumer<SuggestionRatedConsumer>();
            bus.AddConsumer<DeputyDetailsChangedConsumer>();
            bus.AddConsumer<DeputySeatChangedConsumer>();
            bus.AddConsumer<DeputiesAnnouncedConsumer>();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<PublicRateLimitOptions>(builder.Configuration.GetSection(PublicRateLimitOptions.SectionName));
        builder.Services.AddSingleton<PublicRateLimiter>();

        return builder;
    }
}
