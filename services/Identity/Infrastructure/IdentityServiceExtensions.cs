using Microsoft.AspNetCore.Identity;
using RenminDaibiao.Identity.Domain;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Identity.Infrastructure;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<IdentityContext>("identitydb", (services, options) => options.UseOutboxSignal(services));

        // Migrations, then the admin account (always) and the demo accounts (Demo:Enabled only).
        builder.Services.AddMigration<IdentityContext>(IdentitySeed.SeedAsync);
        builder.AddRedisClient("redis");
        builder.AddEventBus<IdentityContext>("rabbitmq");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        builder.Services.AddLinkedRecords();
        return builder;
    }
}
