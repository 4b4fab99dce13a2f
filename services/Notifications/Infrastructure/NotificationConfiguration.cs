using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Notifications.Infrastructure;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.RecipientKey).HasMaxLength(NotificationsLimits.MaxRecipientKeyLength).IsRequired();
        builder.Property(n => n.Channel).HasMaxLength(NotificationsLimits.MaxChannelLength).IsRequired();
        builder.Property(n => n.Kind).HasMaxLength(NotificationsLimits.MaxMessageKindLength).IsRequired();
        builder.Property(n => n.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(NotificationsLimits.MaxTitleLength).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(NotificationsLimits.MaxBodyLength).IsRequired();
        builder.Property(n => n.RecordKind).HasMaxLength(NotificationsLimits.MaxItemKindLength);
        builder.Property(n => n.PortalPath).HasMaxLength(PortalPaths.MaxLength);
        builder.Property(n => n.TraceId).HasMaxLength(NotificationsLimits.TraceIdLength);

        // One message per (source, recipient, channel) whatever the redeliveries, enforced by the database too.
        builder.HasIndex(n => new { n.SourceEventId, n.RecipientKey, n.Channel }).IsUnique();
        builder.HasIndex(n => new { n.RecipientKey, n.Channel, n.CreatedAt });
    }
}
