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

    /// <summary>Cancels the reminders of an item that have not fired yet (its deadline was met or moved).</summary>
    public async Task CancelPendingRemindersAsync(string itemKind, Guid itemId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await Reminders
            .Where(r => r.ItemKind == itemKind && r.ItemId == itemId && r.State == ReminderStates.Pending)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var reminder in pending)
        {
            reminder.Cancel(now);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsContext).Assembly);
        modelBuilder.AddInbox();
        modelBuilder.ApplyDivisionScope(this);
    }
}
