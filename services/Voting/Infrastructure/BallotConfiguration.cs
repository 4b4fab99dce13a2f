using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

/// <summary>ballots(id, vote_id, receipt_hash, choices): no voter, no time, a random uuid key, no sequence.</summary>
internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> builder)
    {
        builder.ToTable("ballots");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(b => b.VoteId).HasColumnName("vote_id");
        builder.Property(b => b.ReceiptHash).HasColumnName("receipt_hash").HasMaxLength(Receipts.HashLength).IsRequired();
        builder.Property(b => b.Choices).HasColumnName("choices").HasColumnType("jsonb").IsRequired();
        builder.HasIndex(b => b.ReceiptHash).IsUnique();
        builder.HasIndex(b => b.VoteId);
    }
}
