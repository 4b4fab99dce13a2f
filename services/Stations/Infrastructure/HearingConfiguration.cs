using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

internal sealed class HearingConfiguration : IEntityTypeConfiguration<Hearing>
{
    public void Configure(EntityTypeBuilder<Hearing> builder)
    {
        builder.ToTable("hearings");
        builder.Property(hearing => hearing.Version).IsRowVersion();
        builder.HasKey(hearing => hearing.Id);
        builder.Property(hearing => hearing.Id).ValueGeneratedNever();
        builder.Property(hearing => hearing.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(hearing => hearing.Title).HasMaxLength(Hearing.MaxTitleLength).IsRequired();
        builder.Property(hearing => hearing.Topic).HasMaxLength(Hearing.MaxTopicLength).IsRequired();
        builder.Property(hearing => hearing.Place).HasMaxLength(Hearing.MaxPlaceLength).IsRequired();
        builder.Property(hearing => hearing.Officials).HasMaxLength(Hearing.MaxOfficialsLength);
        builder.Property(hearing => hearing.PublishedBy).HasMaxLength(StationsLimits.MaxActorNameLength).IsRequired();
        builder.Property(hearing => hearing.Summary).HasMaxLength(Hearing.MaxSummaryLength);
        builder.Property(hearing => hearing.Status).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.OwnsMany(hearing => hearing.Leads, leads =>
        {
            leads.ToJson("leads");
            leads.Property(lead => lead.Content).HasMaxLength(Hearing.MaxLeadLength);
            leads.Property(lead => lead.SubmittedBy).HasMaxLength(StationsLimits.MaxActorNameLength);
        });
        builder.OwnsMany(hearing => hearing.Questions, questions =>
        {
            questions.ToJson("questions");
            questions.Property(question => question.Question).HasMaxLength(Hearing.MaxQuestionLength);
            questions.Property(question => question.AskedBy).HasMaxLength(Hearing.MaxSpeakerLength);
            questions.Property(question => question.Answer).HasMaxLength(Hearing.MaxAnswerLength);
            questions.Property(question => question.AnsweredBy).HasMaxLength(Hearing.MaxSpeakerLength);
        });
        builder.HasIndex(hearing => hearing.DivisionCode);
    }
}
