using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Notifications.Domain;

namespace RenminDaibiao.Notifications.Infrastructure;

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
