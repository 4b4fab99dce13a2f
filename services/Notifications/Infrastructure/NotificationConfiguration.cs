using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Notifications.Domain;

namespace RenminDaibiao.Notifications.Infrastructure;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(notification => notification.Id);
        builder.Property(notification => notification.Id).ValueGeneratedNever();
        builder.Property(notification => notification.RecipientRole).HasMaxLength(32).IsRequired();
        builder.Property(notification => notification.RecipientDivisionCode).HasMaxLength(9).IsRequired();
        builder.Property(notification => notification.Title).HasMaxLength(200).IsRequired();
        builder.Property(notification => notification.Body).HasMaxLength(2000).IsRequired();
        builder.Property(notification => notification.TraceId).HasMaxLength(32);

        // One message per (event, recipient) whatever the redeliveries, enforced by the database too.
        builder.HasIndex(notification => new { notification.SourceEventId, notification.RecipientRole, notification.RecipientDivisionCode })
            .IsUnique();
        builder.HasIndex(notification => new { notification.RecipientDivisionCode, notification.CreatedAt });
    }
}
