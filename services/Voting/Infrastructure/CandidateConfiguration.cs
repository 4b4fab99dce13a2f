using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.ToTable("candidates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(VotingLimits.CandidateTitleMaxLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(VotingLimits.CandidateDescriptionMaxLength).IsRequired();
        builder.Property(c => c.Source).HasMaxLength(20).IsRequired();
        builder.Property(c => c.ProposedBy).HasMaxLength(VotingLimits.ProposedByMaxLength).IsRequired();
        builder.Property(c => c.EstimatedBudget).HasPrecision(18, 2);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(c => c.PendingStage);
        builder.Ignore(c => c.IsApproved);
        builder.OwnsMany(c => c.Reviews, reviews =>
        {
            reviews.ToJson("reviews");
            reviews.Property(r => r.Reviewer).HasMaxLength(VotingLimits.ReviewerMaxLength);
            reviews.Property(r => r.Reason).HasMaxLength(VotingLimits.ReviewReasonMaxLength);
        });
        builder.HasIndex(c => new { c.CongressId, c.Status });
        builder.HasIndex(c => c.DivisionCode);
    }
}
