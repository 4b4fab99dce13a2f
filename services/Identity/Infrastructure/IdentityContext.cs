using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Identity.Infrastructure;

public sealed class IdentityContext(DbContextOptions<IdentityContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
