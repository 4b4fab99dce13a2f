using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

internal sealed class EligibleVoterConfiguration : IEntityTypeConfiguration<EligibleVoter>
{
    public void Configure(EntityTypeBuilder<EligibleVoter> builder)
    {
        builder.ToTable("eligible_voters");
        builder.HasKey(e => new { e.VoteId, e.VoterId });
        builder.Property(e => e.VoteId).HasColumnName("vote_id");
        builder.Property(e => e.VoterId).HasColumnName("voter_id");
    }
}
