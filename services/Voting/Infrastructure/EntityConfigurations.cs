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
        builder.Property(c => c.DivisionCode).HasMaxLength(VotingLimits.DivisionCodeMaxLength).IsRequired();
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
        builder.Property(s => s.DivisionCode).HasMaxLength(VotingLimits.DivisionCodeMaxLength).IsRequired();
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
        builder.Property(c => c.DivisionCode).HasMaxLength(VotingLimits.DivisionCodeMaxLength).IsRequired();
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

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.ToTable("votes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Kind).HasMaxLength(20).IsRequired();
        builder.Property(v => v.DivisionCode).HasMaxLength(VotingLimits.DivisionCodeMaxLength).IsRequired();
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
        builder.Property(b => b.ReceiptHash).HasColumnName("receipt_hash").HasMaxLength(Receipts.HashLength).IsRequired();
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
        builder.Property(p => p.DivisionCode).HasMaxLength(VotingLimits.DivisionCodeMaxLength).IsRequired();
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

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> builder)
    {
        builder.ToTable("rectifications");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DivisionCode).HasMaxLength(VotingLimits.DivisionCodeMaxLength).IsRequired();
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

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("commitments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.DivisionCode).HasMaxLength(VotingLimits.DivisionCodeMaxLength).IsRequired();
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
