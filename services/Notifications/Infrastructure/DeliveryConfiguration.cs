using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Notifications.Infrastructure;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Channel).HasMaxLength(NotificationsLimits.MaxChannelLength).IsRequired();
        builder.Property(d => d.RecipientKey).HasMaxLength(NotificationsLimits.MaxRecipientKeyLength).IsRequired();
        builder.Property(d => d.Address).HasMaxLength(NotificationsLimits.MaxAddressLength);
        builder.Property(d => d.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(d => d.Status).HasMaxLength(NotificationsLimits.MaxStateLength).IsRequired();
        builder.Property(d => d.LastError).HasMaxLength(NotificationsLimits.MaxLastErrorLength);
        builder.HasOne<Notification>().WithOne().HasForeignKey<Delivery>(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.NotificationId).IsUnique();

        // The dispatcher's scan: pending rows whose next attempt is due.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.DivisionCode, d.CreatedAt });
    }
}
