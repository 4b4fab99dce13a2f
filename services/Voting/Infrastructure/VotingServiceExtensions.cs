using RenminDaibiao.Messaging;
using RenminDaibiao.Voting.IntegrationEvents;

namespace RenminDaibiao.Voting.Infrastructure;

public static class VotingServiceExtensions
{
    public static IHostApplicationBuilder AddVotingServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<VotingContext>("votingdb", (services, options) => options.UseOutboxSignal(services));
        var demo = builder.Configuration.GetValue<bool>("Demo:Enabled");
        builder.Services.AddMigration<VotingContext>(demo ? DemoData.SeedAsync : null);
        builder.AddEventBus<VotingContext>("rabbitmq", bus =>
        {
            bus.AddConsumer<CongressDeclaredConsumer>();
            bus.AddConsumer<DeputySeatChangedConsumer>();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BallotBox>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BallotBox>());
        builder.Services.Configure<VotingOptions>(builder.Configuration.GetSection("Voting"));
        return builder;
    }
}
