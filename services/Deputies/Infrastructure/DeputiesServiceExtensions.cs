using RenminDaibiao.Deputies.IntegrationEvents;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Deputies.Infrastructure;

public static class DeputiesServiceExtensions
{
    public static IHostApplicationBuilder AddDeputiesServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<DeputiesContext>("deputiesdb", (services, options) => options.UseOutboxSignal(services));
        var demo = builder.Configuration.GetValue("Demo:Enabled", false);
        builder.Services.AddMigration<DeputiesContext>(demo ? DemoSeeder.SeedAsync : null);
        builder.AddEventBus<DeputiesContext>("rabbitmq", bus =>
        {
            bus.AddConsumer<SuggestionSubmittedConsumer>();
            bus.AddConsumer<DutyShiftServedConsumer>();
            bus.AddConsumer<VoteParticipatedConsumer>();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
