using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

/// <summary>participations(vote_id, voter_id): the unique key is the at-most-once proof; no other column.</summary>
internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.ToTable("participations");
        builder.HasKey(p => new { p.VoteId, p.VoterId });
        builder.Property(p => p.VoteId).HasColumnName("vote_id");
        builder.Property(p => p.VoterId).HasColumnName("voter_id");
    }
}
