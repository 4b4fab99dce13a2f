using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Deputies.Infrastructure;

public sealed class DeputiesContext(DbContextOptions<DeputiesContext> options) : DbContext(options)
{
    public DbSet<Deputy> Deputies => Set<Deputy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DeputiesContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
