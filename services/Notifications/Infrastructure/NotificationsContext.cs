using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Messaging;
using RenminDaibiao.Notifications.Domain;

namespace RenminDaibiao.Notifications.Infrastructure;

public sealed class NotificationsContext(DbContextOptions<NotificationsContext> options) : DbContext(options)
{
    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
