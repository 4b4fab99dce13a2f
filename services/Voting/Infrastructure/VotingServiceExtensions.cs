using RenminDaibiao.Messaging;

namespace RenminDaibiao.Voting.Infrastructure;

public static class VotingServiceExtensions
{
    public static IHostApplicationBuilder AddVotingServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<VotingContext>("votingdb", (services, options) => options.UseOutboxSignal(services));
        builder.Services.AddMigration<VotingContext>();
        builder.AddRedisClient("redis");
        builder.AddEventBus<VotingContext>("rabbitmq");
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
