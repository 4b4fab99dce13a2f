using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> builder)
    {
        builder.ToTable("rectifications");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(r => r.SubjectName).HasMaxLength(VotingLimits.SubjectNameMaxLength).IsRequired();
        builder.Property(r => r.EvaluationTitle).HasMaxLength(VotingLimits.VoteTitleMaxLength).IsRequired();
        builder.Property(r => r.UnitCode).HasMaxLength(VotingLimits.UnitCodeMaxLength);
        builder.Property(r => r.RectificationNotes).HasMaxLength(VotingLimits.NotesMaxLength);
        builder.Property(r => r.ReportNotes).HasMaxLength(VotingLimits.NotesMaxLength);
        builder.Property(r => r.SatisfactionRate).HasPrecision(5, 4);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.PendingEvents);
        builder.HasIndex(r => new { r.EvaluationId, r.SubjectId }).IsUnique();
        builder.HasIndex(r => r.DivisionCode);
    }
}
