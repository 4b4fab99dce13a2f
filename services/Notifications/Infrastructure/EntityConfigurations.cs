using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Notifications.Domain;

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
        builder.Property(n => n.DivisionCode).HasMaxLength(NotificationsLimits.MaxDivisionCodeLength).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(NotificationsLimits.MaxTitleLength).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(NotificationsLimits.MaxBodyLength).IsRequired();
        builder.Property(n => n.TraceId).HasMaxLength(NotificationsLimits.TraceIdLength);

        // One message per (source, recipient, channel) whatever the redeliveries, enforced by the database too.
        builder.HasIndex(n => new { n.SourceEventId, n.RecipientKey, n.Channel }).IsUnique();
        builder.HasIndex(n => new { n.RecipientKey, n.Channel, n.CreatedAt });
    }
}

internal sealed class NotificationReadConfiguration : IEntityTypeConfiguration<NotificationRead>
{
    public void Configure(EntityTypeBuilder<NotificationRead> builder)
    {
        builder.ToTable("notification_reads");
        builder.HasKey(r => new { r.NotificationId, r.AccountId });
        builder.HasOne<Notification>().WithMany().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}

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
        builder.Property(d => d.DivisionCode).HasMaxLength(NotificationsLimits.MaxDivisionCodeLength).IsRequired();
        builder.Property(d => d.Status).HasMaxLength(NotificationsLimits.MaxStateLength).IsRequired();
        builder.Property(d => d.LastError).HasMaxLength(NotificationsLimits.MaxLastErrorLength);
        builder.HasOne<Notification>().WithOne().HasForeignKey<Delivery>(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.NotificationId).IsUnique();

        // The dispatcher's scan: pending rows whose next attempt is due.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.DivisionCode, d.CreatedAt });
    }
}

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
        builder.Property(r => r.DivisionCode).HasMaxLength(NotificationsLimits.MaxDivisionCodeLength).IsRequired();
        builder.Property(r => r.UnitCode).HasMaxLength(NotificationsLimits.MaxUnitCodeLength);
        builder.Property(r => r.State).HasMaxLength(NotificationsLimits.MaxStateLength).IsRequired();
        builder.HasIndex(r => new { r.SourceEventId, r.Stage }).IsUnique();

        // The scheduler's scan: pending reminders that came due.
        builder.HasIndex(r => new { r.State, r.FireAt });
        builder.HasIndex(r => new { r.ItemKind, r.ItemId });
    }
}

internal sealed class RecipientPreferenceConfiguration : IEntityTypeConfiguration<RecipientPreference>
{
    public void Configure(EntityTypeBuilder<RecipientPreference> builder)
    {
        builder.ToTable("preferences");
        builder.HasKey(p => p.AccountId);
        builder.Property(p => p.AccountId).ValueGeneratedNever();
        builder.Property(p => p.UnitCode).HasMaxLength(NotificationsLimits.MaxUnitCodeLength);
        builder.Property(p => p.Phone).HasMaxLength(NotificationsLimits.MaxPhoneLength);
        builder.Property(p => p.Email).HasMaxLength(NotificationsLimits.MaxEmailLength);
        builder.Property(p => p.WeChatOpenId).HasMaxLength(NotificationsLimits.MaxWeChatOpenIdLength);
        builder.Property(p => p.ChannelsJson).HasColumnType("jsonb").IsRequired();
        builder.Ignore(p => p.Channels);
        builder.Ignore(p => p.QuietHours);
        builder.HasIndex(p => p.DeputyId);
        builder.HasIndex(p => p.UnitCode);
    }
}
