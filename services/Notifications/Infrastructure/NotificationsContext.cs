using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Messaging;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Infrastructure;

public sealed class NotificationsContext(DbContextOptions<NotificationsContext> options, IHttpContextAccessor accessor)
    : DbContext(options), IDivisionScopedContext
{
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationRead> NotificationReads => Set<NotificationRead>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<RecipientPreference> Preferences => Set<RecipientPreference>();

    public string? DivisionScopePrefix => DivisionScope.PrefixFor(accessor);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyDivisionScope(this);
    }
}
