using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

internal sealed class FollowUpLetterConfiguration : IEntityTypeConfiguration<FollowUpLetter>
{
    public void Configure(EntityTypeBuilder<FollowUpLetter> builder)
    {
        builder.ToTable("follow_up_letters");
        builder.Property(letter => letter.Version).IsRowVersion();
        builder.HasKey(letter => letter.Id);
        builder.Property(letter => letter.Id).ValueGeneratedNever();
        builder.Property(letter => letter.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(letter => letter.UnitCode).HasMaxLength(StationsLimits.MaxUnitCodeLength).IsRequired();
        builder.Property(letter => letter.Subject).HasMaxLength(FollowUpLetter.MaxSubjectLength).IsRequired();
        builder.Property(letter => letter.Body).HasMaxLength(FollowUpLetter.MaxBodyLength).IsRequired();
        builder.Property(letter => letter.IssuedBy).HasMaxLength(StationsLimits.MaxActorNameLength).IsRequired();
        builder.Property(letter => letter.Answer).HasMaxLength(FollowUpLetter.MaxAnswerLength);
        builder.Property(letter => letter.AnsweredBy).HasMaxLength(StationsLimits.MaxActorNameLength);
        builder.Property(letter => letter.Status).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Ignore(letter => letter.PendingEvents);
        builder.HasIndex(letter => letter.HearingId);
        builder.HasIndex(letter => letter.UnitCode);
    }
}
