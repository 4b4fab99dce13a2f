using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.ToTable("votes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Kind).HasMaxLength(20).IsRequired();
        builder.Property(v => v.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(v => v.Title).HasMaxLength(VotingLimits.VoteTitleMaxLength).IsRequired();
        builder.Property(v => v.Session).HasMaxLength(VotingLimits.SessionMaxLength).IsRequired();
        builder.Property(v => v.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.VoterKind).HasMaxLength(20).IsRequired();
        builder.Property(v => v.Threshold).HasPrecision(5, 4);
        builder.Property(v => v.ResultJson).HasColumnName("result").HasColumnType("jsonb");
        builder.OwnsMany(v => v.Items, items =>
        {
            items.ToJson("items");

            // A candidate's title, or an evaluated subject's name: whichever limit is longer.
            items.Property(i => i.Title).HasMaxLength(Math.Max(VotingLimits.CandidateTitleMaxLength, VotingLimits.SubjectNameMaxLength));
            items.Property(i => i.UnitCode).HasMaxLength(VotingLimits.UnitCodeMaxLength);
        });
        builder.Ignore(v => v.IsEvaluation);
        builder.Ignore(v => v.ProjectResult);
        builder.Ignore(v => v.EvaluationResult);
        builder.Ignore(v => v.PendingEvents);

        // The explicit voter list is the aggregate's own: mapped through its field, read through VoterList.
        builder.Ignore(v => v.VoterList);
        builder.PrimitiveCollection<List<Guid>>("_voterList").HasColumnName("VoterList").IsRequired();
        builder.HasIndex(v => new { v.Kind, v.DivisionCode });
    }
}
