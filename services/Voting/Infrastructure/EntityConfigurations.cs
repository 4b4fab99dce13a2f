using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

internal sealed class CongressConfiguration : IEntityTypeConfiguration<Congress>
{
    public void Configure(EntityTypeBuilder<Congress> builder)
    {
        builder.ToTable("congresses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.DivisionCode).HasMaxLength(9).IsRequired();
        builder.Property(c => c.Level).HasMaxLength(20).IsRequired();
    }
}

internal sealed class SeatConfiguration : IEntityTypeConfiguration<Seat>
{
    public void Configure(EntityTypeBuilder<Seat> builder)
    {
        builder.ToTable("seats");
        builder.HasKey(s => new { s.CongressId, s.DeputyId });
        builder.Property(s => s.Name).HasMaxLength(100).IsRequired();
        builder.Property(s => s.DivisionCode).HasMaxLength(9).IsRequired();
        builder.Property(s => s.Status).HasMaxLength(20).IsRequired();
        builder.Ignore(s => s.IsServing);
    }
}

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.ToTable("candidates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.DivisionCode).HasMaxLength(9).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(Candidate.MaxTitleLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(Candidate.MaxDescriptionLength).IsRequired();
        builder.Property(c => c.Source).HasMaxLength(20).IsRequired();
        builder.Property(c => c.ProposedBy).HasMaxLength(100).IsRequired();
        builder.Property(c => c.EstimatedBudget).HasPrecision(18, 2);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(c => c.PendingStage);
        builder.Ignore(c => c.IsApproved);
        builder.OwnsMany(c => c.Reviews, reviews => reviews.ToJson("reviews"));
        builder.HasIndex(c => new { c.CongressId, c.Status });
        builder.HasIndex(c => c.DivisionCode);
    }
}

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.ToTable("votes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Kind).HasMaxLength(20).IsRequired();
        builder.Property(v => v.DivisionCode).HasMaxLength(9).IsRequired();
        builder.Property(v => v.Title).HasMaxLength(Vote.MaxTitleLength).IsRequired();
        builder.Property(v => v.Session).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.VoterKind).HasMaxLength(20).IsRequired();
        builder.Property(v => v.Threshold).HasPrecision(5, 4);
        builder.Property(v => v.ResultJson).HasColumnName("result").HasColumnType("jsonb");
        builder.OwnsMany(v => v.Items, items => items.ToJson("items"));
        builder.Ignore(v => v.IsEvaluation);
        builder.Ignore(v => v.ProjectResult);
        builder.Ignore(v => v.EvaluationResult);
        builder.HasIndex(v => new { v.Kind, v.DivisionCode });
    }
}

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

/// <summary>ballots(id, vote_id, receipt_hash, choices): no voter, no time, a random uuid key, no sequence.</summary>
internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> builder)
    {
        builder.ToTable("ballots");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(b => b.VoteId).HasColumnName("vote_id");
        builder.Property(b => b.ReceiptHash).HasColumnName("receipt_hash").HasMaxLength(64).IsRequired();
        builder.Property(b => b.Choices).HasColumnName("choices").HasColumnType("jsonb").IsRequired();
        builder.HasIndex(b => b.ReceiptHash).IsUnique();
        builder.HasIndex(b => b.VoteId);
    }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.DivisionCode).HasMaxLength(9).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(Candidate.MaxTitleLength).IsRequired();
        builder.Property(p => p.Session).HasMaxLength(100).IsRequired();
        builder.Property(p => p.ResponsibleUnitCode).HasMaxLength(50);
        builder.Property(p => p.ResponsibleUnitName).HasMaxLength(100);
        builder.OwnsMany(p => p.Milestones, m => m.ToJson("milestones"));
        builder.OwnsMany(p => p.Inspections, i => i.ToJson("inspections"));
        builder.Ignore(p => p.IsCompleted);
        builder.HasIndex(p => new { p.DivisionCode, p.Year });
        builder.HasIndex(p => p.CandidateId).IsUnique();
    }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> builder)
    {
        builder.ToTable("rectifications");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DivisionCode).HasMaxLength(9).IsRequired();
        builder.Property(r => r.SubjectName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.EvaluationTitle).HasMaxLength(Vote.MaxTitleLength).IsRequired();
        builder.Property(r => r.UnitCode).HasMaxLength(50);
        builder.Property(r => r.SatisfactionRate).HasPrecision(5, 4);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.EvaluationId, r.SubjectId }).IsUnique();
        builder.HasIndex(r => r.DivisionCode);
    }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("commitments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.DivisionCode).HasMaxLength(9).IsRequired();
        builder.Property(c => c.OfficialName).HasMaxLength(50).IsRequired();
        builder.Property(c => c.OfficialTitle).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(20);
        builder.OwnsMany(c => c.Items, i => i.ToJson("items"));
        builder.HasIndex(c => new { c.DivisionCode, c.Year });
    }
}
