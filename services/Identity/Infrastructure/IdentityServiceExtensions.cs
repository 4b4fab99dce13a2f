using Microsoft.AspNetCore.Identity;
using RenminDaibiao.Identity.Domain;

namespace RenminDaibiao.Identity.Infrastructure;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        // Identity raises and consumes no integration event and caches nothing: PostgreSQL is its only server.
        builder.AddNpgsqlDbContext<IdentityContext>("identitydb");

        // Migrations, then the admin account (always) and the demo accounts (Demo:Enabled only).
        builder.Services.AddMigration<IdentityContext>(IdentitySeed.SeedAsync);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        builder.Services.AddSingleton<OneTimePasswordHasher>();
        builder.Services.AddLinkedRecords();
        return builder;
    }
}
