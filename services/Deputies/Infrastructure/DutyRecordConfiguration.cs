using RenminDaibiao.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

internal sealed class DutyRecordConfiguration : IEntityTypeConfiguration<DutyRecord>
{
    public void Configure(EntityTypeBuilder<DutyRecord> builder)
    {
        builder.ToTable("duty_records");
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).ValueGeneratedNever();
        builder.Property(record => record.DeputyName).HasMaxLength(Deputy.MaxNameLength).IsRequired();
        builder.Property(record => record.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(record => record.Kind).HasMaxLength(DutyKinds.MaxLength).IsRequired();
        builder.Property(record => record.Title).HasMaxLength(DutyRecord.MaxTitleLength).IsRequired();
        builder.Property(record => record.Description).HasMaxLength(DutyRecord.MaxDescriptionLength);
        builder.Property(record => record.Source).HasMaxLength(DutySources.MaxLength).IsRequired();
        builder.Property(record => record.SourceKey).HasMaxLength(DutyRecord.MaxSourceKeyLength);
        builder.Property(record => record.Status).HasMaxLength(DutyStatuses.MaxLength).IsRequired();
        builder.Property(record => record.ReviewNote).HasMaxLength(DutyRecord.MaxReviewNoteLength);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(record => record.DeputyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(record => new { record.DeputyId, record.Date });
        builder.HasIndex(record => new { record.DivisionCode, record.Date });
        builder.HasIndex(record => new { record.DivisionCode, record.Status });

        // The second line of defence against a redelivered event: one record per deputy and source.
        builder.HasIndex(record => new { record.DeputyId, record.SourceKey }).IsUnique().HasFilter("\"SourceKey\" IS NOT NULL");
    }
}
