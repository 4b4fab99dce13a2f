using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedNever();
        builder.Property(entry => entry.ActorName).HasMaxLength(StationsLimits.MaxActorNameLength).IsRequired();
        builder.Property(entry => entry.ActorRole).HasMaxLength(AuditEntry.MaxTermLength).IsRequired();
        builder.Property(entry => entry.Action).HasMaxLength(AuditEntry.MaxTermLength).IsRequired();
        builder.Property(entry => entry.RecordType).HasMaxLength(AuditEntry.MaxTermLength).IsRequired();
        builder.Property(entry => entry.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.HasIndex(entry => new { entry.RecordType, entry.RecordId });
    }
}
