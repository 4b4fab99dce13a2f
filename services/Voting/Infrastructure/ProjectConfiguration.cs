using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(VotingLimits.CandidateTitleMaxLength).IsRequired();
        builder.Property(p => p.Session).HasMaxLength(VotingLimits.SessionMaxLength).IsRequired();
        builder.Property(p => p.ResponsibleUnitCode).HasMaxLength(VotingLimits.UnitCodeMaxLength);
        builder.Property(p => p.ResponsibleUnitName).HasMaxLength(VotingLimits.UnitNameMaxLength);
        builder.OwnsMany(p => p.Milestones, milestones =>
        {
            milestones.ToJson("milestones");
            milestones.Property(m => m.Title).HasMaxLength(VotingLimits.MilestoneTitleMaxLength);
        });
        builder.OwnsMany(p => p.Inspections, inspections =>
        {
            inspections.ToJson("inspections");
            inspections.Property(i => i.Inspectors).HasMaxLength(VotingLimits.InspectorsMaxLength);
            inspections.Property(i => i.Notes).HasMaxLength(VotingLimits.NotesMaxLength);
        });
        builder.Ignore(p => p.IsCompleted);
        builder.HasIndex(p => new { p.DivisionCode, p.Year });
        builder.HasIndex(p => p.CandidateId).IsUnique();
    }
}
