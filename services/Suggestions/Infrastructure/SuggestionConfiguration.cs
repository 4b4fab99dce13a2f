using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Infrastructure;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    /// <summary>Enums are stored by member name; the longest (BasicallySatisfied) has 18 characters.</summary>
    internal const int MaxEnumNameLength = 20;

    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.ToTable("suggestions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(MaxEnumNameLength);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(MaxEnumNameLength);
        builder.Property(s => s.Title).HasMaxLength(Suggestion.MaxTitleLength).IsRequired();
        builder.Property(s => s.Body).HasMaxLength(Suggestion.MaxBodyLength).IsRequired();
        builder.Property(s => s.Category).HasMaxLength(Suggestion.MaxCategoryLength);
        builder.Property(s => s.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(s => s.LeadDeputyName).HasMaxLength(Suggestion.MaxLeadDeputyNameLength);
        builder.Property(s => s.LeadUnitCode).HasMaxLength(HandlingUnit.MaxCodeLength);
        builder.Property(s => s.ReturnReason).HasMaxLength(Suggestion.MaxTextLength);
        builder.Property(s => s.Conclusion).HasMaxLength(Suggestion.MaxTextLength);
        builder.Property(s => s.ContactNote).HasMaxLength(Suggestion.MaxTextLength);
        builder.Property(s => s.SourceTrackingCode).HasMaxLength(Suggestion.MaxTrackingCodeLength);
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
            owned.Property(c => c.UnitCode).HasMaxLength(HandlingUnit.MaxCodeLength);
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
            owned.Property(h => h.Action).HasMaxLength(HistoryEntry.MaxActionLength);
            owned.Property(h => h.From).HasConversion<string>().HasMaxLength(MaxEnumNameLength);
            owned.Property(h => h.To).HasConversion<string>().HasMaxLength(MaxEnumNameLength);
            owned.Property(h => h.ActorName).HasMaxLength(HistoryEntry.MaxActorNameLength);
        });
        builder.Navigation(s => s.History).HasField("_history");

        builder.OwnsMany(s => s.Answers, owned =>
        {
            owned.ToTable("suggestion_answers");
            owned.WithOwner().HasForeignKey("SuggestionId");
            owned.HasKey("SuggestionId", nameof(Answer.Round));
            owned.Property(a => a.Round).ValueGeneratedNever();
            owned.Property(a => a.Category).HasConversion<string>().HasMaxLength(MaxEnumNameLength);
            owned.Property(a => a.Content).HasMaxLength(Suggestion.MaxAnswerContentLength);
            owned.Property(a => a.Reason).HasMaxLength(Suggestion.MaxTextLength);
            owned.Property(a => a.UnitCode).HasMaxLength(HandlingUnit.MaxCodeLength);
        });
        builder.Navigation(s => s.Answers).HasField("_answers");

        builder.OwnsMany(s => s.Ratings, owned =>
        {
            owned.ToTable("suggestion_ratings");
            owned.WithOwner().HasForeignKey("SuggestionId");
            owned.HasKey("SuggestionId", nameof(RatingEntry.Round));
            owned.Property(r => r.Round).ValueGeneratedNever();
            owned.Property(r => r.Comment).HasMaxLength(Suggestion.MaxTextLength);
            owned.Property(r => r.Rating).HasConversion<string>().HasMaxLength(MaxEnumNameLength);
        });
        builder.Navigation(s => s.Ratings).HasField("_ratings");

        builder.OwnsMany(s => s.ProgressReports, owned =>
        {
            owned.ToTable("suggestion_progress");
            owned.WithOwner().HasForeignKey("SuggestionId");
            owned.Property<int>("Id").ValueGeneratedOnAdd();
            owned.HasKey("Id");
            owned.Property(p => p.Note).HasMaxLength(Suggestion.MaxTextLength);
        });
        builder.Navigation(s => s.ProgressReports).HasField("_progress");
    }
}
