using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("commitments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(c => c.OfficialName).HasMaxLength(VotingLimits.OfficialNameMaxLength).IsRequired();
        builder.Property(c => c.OfficialTitle).HasMaxLength(VotingLimits.OfficialTitleMaxLength).IsRequired();
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ReviewOpinion).HasMaxLength(VotingLimits.NotesMaxLength);
        builder.OwnsMany(c => c.Items, items =>
        {
            items.ToJson("items");
            items.Property(i => i.Content).HasMaxLength(VotingLimits.CommitmentItemMaxLength);
            items.Property(i => i.MidYearNotes).HasMaxLength(VotingLimits.OutcomeNotesMaxLength);
            items.Property(i => i.YearEndNotes).HasMaxLength(VotingLimits.OutcomeNotesMaxLength);
        });
        builder.HasIndex(c => new { c.DivisionCode, c.Year });
    }
}
