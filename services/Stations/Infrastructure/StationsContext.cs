using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Stations.Infrastructure;

public sealed class StationsContext(DbContextOptions<StationsContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StationsContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
