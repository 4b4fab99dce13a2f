using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

internal sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> builder)
    {
        builder.ToTable("opinions");
        builder.Property(opinion => opinion.Version).IsRowVersion();
        builder.HasKey(opinion => opinion.Id);
        builder.Property(opinion => opinion.Id).ValueGeneratedNever();
        builder.Property(opinion => opinion.TrackingCode).HasMaxLength(TrackingCode.Length).IsRequired();
        builder.HasIndex(opinion => opinion.TrackingCode).IsUnique();
        builder.Property(opinion => opinion.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(opinion => opinion.Channel).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(opinion => opinion.Status).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(opinion => opinion.Level).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(opinion => opinion.Content).HasMaxLength(Opinion.MaxContentLength).IsRequired();
        builder.Property(opinion => opinion.DeputyName).HasMaxLength(StationsLimits.MaxPersonNameLength);
        builder.Property(opinion => opinion.CitizenName).HasMaxLength(StationsLimits.MaxPersonNameLength);
        builder.Property(opinion => opinion.CitizenPhone).HasMaxLength(Phones.Length);
        builder.Property(opinion => opinion.CitizenIdNumber).HasMaxLength(PersonalData.IdNumberLength);
        builder.Property(opinion => opinion.Category).HasMaxLength(Opinion.MaxCategoryLength);
        builder.Property(opinion => opinion.LocalNote).HasMaxLength(Opinion.MaxAnswerLength);
        builder.Property(opinion => opinion.UnitCode).HasMaxLength(StationsLimits.MaxUnitCodeLength);
        builder.Property(opinion => opinion.SuggestionTitle).HasMaxLength(Opinion.MaxSuggestionTitleLength);
        builder.Property(opinion => opinion.Answer).HasMaxLength(Opinion.MaxAnswerLength);
        builder.Property(opinion => opinion.RatingComment).HasMaxLength(Opinion.MaxRatingCommentLength);
        builder.Ignore(opinion => opinion.PendingEvents);
        builder.Ignore(opinion => opinion.IsOpen);
        builder.Ignore(opinion => opinion.WasRatedUnsatisfied);
        builder.OwnsMany(opinion => opinion.Steps, steps =>
        {
            steps.ToJson("steps");
            steps.Property(step => step.Status).HasConversion<string>();
        });
        builder.HasIndex(opinion => new { opinion.DivisionCode, opinion.RegisteredAt });
        builder.HasIndex(opinion => opinion.Status);
        builder.HasIndex(opinion => opinion.DeputyId);
        builder.HasIndex(opinion => opinion.UnitCode);
    }
}
