using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Infrastructure;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.ToTable("suggestions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Title).HasMaxLength(Suggestion.MaxTitleLength).IsRequired();
        builder.Property(s => s.Body).HasMaxLength(Suggestion.MaxBodyLength).IsRequired();
        builder.Property(s => s.Category).HasMaxLength(Suggestion.MaxCategoryLength);
        builder.Property(s => s.DivisionCode).HasMaxLength(9).IsRequired();
        builder.Property(s => s.LeadDeputyName).HasMaxLength(50);
        builder.Property(s => s.LeadUnitCode).HasMaxLength(40);
        builder.Property(s => s.SourceTrackingCode).HasMaxLength(32);
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.PendingEvents);
        builder.Ignore(s => s.LatestAnswer);
        builder.Ignore(s => s.LatestRating);
        builder.Ignore(s => s.IsAwaitingAnswer);
        builder.HasIndex(s => s.DivisionCode);
        builder.HasIndex(s => s.LeadDeputyId);
        builder.HasIndex(s => s.LeadUnitCode);
        builder.HasIndex(s => new { s.State, s.DueAt });
        builder.HasIndex(s => s.SourceOpinionId).IsUnique().HasFilter("\"SourceOpinionId\" IS NOT NULL");

        builder.OwnsMany(s => s.CoSigners, owned =>
        {
            owned.ToTable("suggestion_cosigners");
            owned.WithOwner().HasForeignKey("SuggestionId");
            owned.HasKey("SuggestionId", nameof(CoSigner.DeputyId));
            owned.HasIndex(c => c.DeputyId);
        });
        builder.Navigation(s => s.CoSigners).HasField("_coSigners");

        builder.OwnsMany(s => s.CoUnits, owned =>
        {
            owned.ToTable("suggestion_co_units");
            owned.WithOwner().HasForeignKey("SuggestionId");
            owned.HasKey("SuggestionId", nameof(CoUnit.UnitCode));
            owned.Property(c => c.UnitCode).HasMaxLength(40);
            owned.Property(c => c.Opinion).HasMaxLength(Suggestion.MaxTextLength);
            owned.HasIndex(c => c.UnitCode);
        });
        builder.Navigation(s => s.CoUnits).HasField("_coUnits");

        builder.OwnsMany(s => s.History, owned =>
        {
            owned.ToTable("suggestion_history");
            owned.WithOwner().HasForeignKey("SuggestionId");
            owned.Property<int>("Id").ValueGeneratedOnAdd();
            owned.HasKey("Id");
            owned.Property(h => h.Action).HasMaxLength(30);
            owned.Property(h => h.From).HasConversion<string>().HasMaxLength(20);
            owned.Property(h => h.To).HasConversion<string>().HasMaxLength(20);
            owned.Property(h => h.ActorName).HasMaxLength(100);
        });
        builder.Navigation(s => s.History).HasField("_history");

        builder.OwnsMany(s => s.Answers, owned =>
        {
            owned.ToTable("suggestion_answers");
            owned.WithOwner().HasForeignKey("SuggestionId");
            owned.HasKey("SuggestionId", nameof(Answer.Round));
            owned.Property(a => a.Round).ValueGeneratedNever();
            owned.Property(a => a.Category).HasConversion<string>().HasMaxLength(20);
            owned.Property(a => a.UnitCode).HasMaxLength(40);
        });
        builder.Navigation(s => s.Answers).HasField("_answers");

        builder.OwnsMany(s => s.Ratings, owned =>
        {
            owned.ToTable("suggestion_ratings");
            owned.WithOwner().HasForeignKey("SuggestionId");
            owned.HasKey("SuggestionId", nameof(RatingEntry.Round));
            owned.Property(r => r.Round).ValueGeneratedNever();
            owned.Property(r => r.Rating).HasConversion<string>().HasMaxLength(20);
        });
        builder.Navigation(s => s.Ratings).HasField("_ratings");

        builder.OwnsMany(s => s.ProgressReports, owned =>
        {
            owned.ToTable("suggestion_progress");
            owned.WithOwner().HasForeignKey("SuggestionId");
            owned.Property<int>("Id").ValueGeneratedOnAdd();
            owned.HasKey("Id");
        });
        builder.Navigation(s => s.ProgressReports).HasField("_progress");
    }
}

internal sealed class HandlingUnitConfiguration : IEntityTypeConfiguration<HandlingUnit>
{
    public void Configure(EntityTypeBuilder<HandlingUnit> builder)
    {
        builder.ToTable("handling_units");
        builder.HasKey(u => u.Code);
        builder.Property(u => u.Code).HasMaxLength(40);
        builder.Property(u => u.Name).HasMaxLength(HandlingUnit.MaxNameLength).IsRequired();
        builder.Property(u => u.DivisionCode).HasMaxLength(9).IsRequired();
        builder.Property(u => u.ContactPerson).HasMaxLength(50);
        builder.HasIndex(u => u.DivisionCode);
    }
}

internal sealed class CongressConfiguration : IEntityTypeConfiguration<Congress>
{
    public void Configure(EntityTypeBuilder<Congress> builder)
    {
        builder.ToTable("congresses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.DivisionCode).HasMaxLength(9);
        builder.Property(c => c.Level).HasMaxLength(20);
        builder.Ignore(c => c.Rules);
        builder.HasIndex(c => new { c.DivisionCode, c.Term });
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.StoragePath).HasMaxLength(200);
        builder.HasOne<Suggestion>().WithMany().HasForeignKey(a => a.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SuggestionId);
    }
}
