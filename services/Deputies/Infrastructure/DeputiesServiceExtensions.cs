using RenminDaibiao.Deputies.IntegrationEvents;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;

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

        // Service discovery resolves the name (services__identity__http__0); the call carries a service token.
        builder.Services.AddHttpClient<DeputyAccounts>(DeputyAccounts.ClientName, client => client.BaseAddress = new Uri("http://identity"))
            .AddHttpMessageHandler<ServiceTokenHandler>();
        return builder;
    }
}
