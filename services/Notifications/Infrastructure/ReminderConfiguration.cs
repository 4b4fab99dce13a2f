using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Notifications.Infrastructure;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Stage).HasMaxLength(NotificationsLimits.MaxStateLength).IsRequired();
        builder.Property(r => r.ItemKind).HasMaxLength(NotificationsLimits.MaxItemKindLength).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(NotificationsLimits.MaxTitleLength).IsRequired();
        builder.Property(r => r.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(r => r.UnitCode).HasMaxLength(NotificationsLimits.MaxUnitCodeLength);
        builder.Property(r => r.State).HasMaxLength(NotificationsLimits.MaxStateLength).IsRequired();
        builder.HasIndex(r => new { r.SourceEventId, r.Stage }).IsUnique();

        // The scheduler's scan: pending reminders that came due.
        builder.HasIndex(r => new { r.State, r.FireAt });
        builder.HasIndex(r => new { r.ItemKind, r.ItemId });
    }
}
