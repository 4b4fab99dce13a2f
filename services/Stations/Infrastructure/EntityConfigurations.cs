using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>Column lengths that are storage only, not limits on input.</summary>
internal static class ColumnLengths
{
    /// <summary>Enums are stored by member name; the longest, RaisedAsSuggestion, has 18 characters.</summary>
    public const int EnumName = 20;
}

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> builder)
    {
        builder.ToTable("stations");
        builder.HasKey(station => station.Id);
        builder.Property(station => station.Id).ValueGeneratedNever();
        builder.Property(station => station.Name).HasMaxLength(Station.MaxNameLength).IsRequired();
        builder.Property(station => station.Tier).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(station => station.DivisionCode).HasMaxLength(StationsLimits.MaxDivisionCodeLength).IsRequired();
        builder.Property(station => station.Address).HasMaxLength(Station.MaxAddressLength).IsRequired();
        builder.Property(station => station.OpeningHours).HasMaxLength(Station.MaxOpeningHoursLength).IsRequired();
        builder.Property(station => station.Phone).HasMaxLength(Station.MaxPhoneLength);
        builder.ComplexProperty(station => station.SixHas);
        builder.OwnsMany(station => station.Deputies, deputies =>
        {
            deputies.ToJson("deputies");
            deputies.Property(deputy => deputy.Level).HasConversion<string>();
            deputies.Property(deputy => deputy.Name).HasMaxLength(StationsLimits.MaxPersonNameLength);
        });
        builder.HasIndex(station => station.DivisionCode);
        builder.HasIndex(station => station.ParentId);
    }
}

internal sealed class RosterEntryConfiguration : IEntityTypeConfiguration<RosterEntry>
{
    public void Configure(EntityTypeBuilder<RosterEntry> builder)
    {
        builder.ToTable("roster_entries");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedNever();
        builder.Property(entry => entry.DivisionCode).HasMaxLength(StationsLimits.MaxDivisionCodeLength).IsRequired();
        builder.Property(entry => entry.StationName).HasMaxLength(Station.MaxNameLength).IsRequired();
        builder.Property(entry => entry.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(entry => entry.Title).HasMaxLength(RosterEntry.MaxTitleLength).IsRequired();
        builder.Property(entry => entry.Theme).HasMaxLength(RosterEntry.MaxTitleLength);
        builder.Property(entry => entry.OfficialName).HasMaxLength(RosterEntry.MaxOfficialNameLength);
        builder.Property(entry => entry.Place).HasMaxLength(RosterEntry.MaxPlaceLength);
        builder.ComplexProperty(entry => entry.Recurrence, recurrence =>
        {
            recurrence.Property(r => r.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
            recurrence.Property(r => r.Weekday).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        });
        builder.HasIndex(entry => entry.StationId);
        builder.HasIndex(entry => entry.DivisionCode);
    }
}

internal sealed class DutyShiftConfiguration : IEntityTypeConfiguration<DutyShift>
{
    public void Configure(EntityTypeBuilder<DutyShift> builder)
    {
        builder.ToTable("duty_shifts");
        builder.HasKey(shift => shift.Id);
        builder.Property(shift => shift.Id).ValueGeneratedNever();
        builder.Property(shift => shift.DivisionCode).HasMaxLength(StationsLimits.MaxDivisionCodeLength).IsRequired();
        builder.Property(shift => shift.StationName).HasMaxLength(Station.MaxNameLength).IsRequired();
        builder.Property(shift => shift.Title).HasMaxLength(RosterEntry.MaxTitleLength).IsRequired();
        builder.Property(shift => shift.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(shift => shift.Status).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(shift => shift.DeputyName).HasMaxLength(StationsLimits.MaxPersonNameLength);
        builder.Property(shift => shift.AssignedBy).HasMaxLength(StationsLimits.MaxActorNameLength);
        builder.Property(shift => shift.ServedBy).HasMaxLength(StationsLimits.MaxActorNameLength);
        builder.Ignore(shift => shift.PendingEvents);

        // Generating a date range twice never creates a second shift for the same entry and date.
        builder.HasIndex(shift => new { shift.RosterEntryId, shift.Date }).IsUnique();
        builder.HasIndex(shift => new { shift.DivisionCode, shift.StartsAt });
    }
}

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
        builder.Property(opinion => opinion.DivisionCode).HasMaxLength(StationsLimits.MaxDivisionCodeLength).IsRequired();
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

internal sealed class OpinionImageConfiguration : IEntityTypeConfiguration<OpinionImage>
{
    public void Configure(EntityTypeBuilder<OpinionImage> builder)
    {
        builder.ToTable("opinion_images");
        builder.HasKey(image => image.Id);
        builder.Property(image => image.Id).ValueGeneratedNever();
        builder.Property(image => image.DivisionCode).HasMaxLength(StationsLimits.MaxDivisionCodeLength).IsRequired();
        builder.Property(image => image.ContentType).HasMaxLength(OpinionImage.MaxContentTypeLength).IsRequired();
        builder.HasIndex(image => image.OpinionId);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("bookings");
        builder.HasKey(booking => booking.Id);
        builder.Property(booking => booking.Id).ValueGeneratedNever();
        builder.Property(booking => booking.Reference).HasMaxLength(TrackingCode.Length).IsRequired();
        builder.HasIndex(booking => booking.Reference).IsUnique();
        builder.Property(booking => booking.DivisionCode).HasMaxLength(StationsLimits.MaxDivisionCodeLength).IsRequired();
        builder.Property(booking => booking.StationName).HasMaxLength(Station.MaxNameLength).IsRequired();
        builder.Property(booking => booking.DeputyName).HasMaxLength(StationsLimits.MaxPersonNameLength);
        builder.Property(booking => booking.CitizenName).HasMaxLength(StationsLimits.MaxPersonNameLength).IsRequired();
        builder.Property(booking => booking.CitizenPhone).HasMaxLength(Phones.Length).IsRequired();
        builder.Property(booking => booking.Topic).HasMaxLength(Booking.MaxTopicLength).IsRequired();
        builder.Property(booking => booking.Status).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);

        // The guarantee behind "a slot is booked at most once", whatever the concurrency: the database decides.
        builder.HasIndex(booking => new { booking.ShiftId, booking.SlotStartsAt })
            .IsUnique()
            .HasFilter("\"Status\" = 'Booked'")
            .HasDatabaseName("ux_bookings_active_slot");
    }
}

internal sealed class HearingConfiguration : IEntityTypeConfiguration<Hearing>
{
    public void Configure(EntityTypeBuilder<Hearing> builder)
    {
        builder.ToTable("hearings");
        builder.Property(hearing => hearing.Version).IsRowVersion();
        builder.HasKey(hearing => hearing.Id);
        builder.Property(hearing => hearing.Id).ValueGeneratedNever();
        builder.Property(hearing => hearing.DivisionCode).HasMaxLength(StationsLimits.MaxDivisionCodeLength).IsRequired();
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

internal sealed class FollowUpLetterConfiguration : IEntityTypeConfiguration<FollowUpLetter>
{
    public void Configure(EntityTypeBuilder<FollowUpLetter> builder)
    {
        builder.ToTable("follow_up_letters");
        builder.Property(letter => letter.Version).IsRowVersion();
        builder.HasKey(letter => letter.Id);
        builder.Property(letter => letter.Id).ValueGeneratedNever();
        builder.Property(letter => letter.DivisionCode).HasMaxLength(StationsLimits.MaxDivisionCodeLength).IsRequired();
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

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedNever();
        builder.Property(entry => entry.ActorName).HasMaxLength(StationsLimits.MaxActorNameLength).IsRequired();
        builder.Property(entry => entry.ActorRole).HasMaxLength(AuditEntry.MaxTermLength).IsRequired();
        builder.Property(entry => entry.Action).HasMaxLength(AuditEntry.MaxTermLength).IsRequired();
        builder.Property(entry => entry.RecordType).HasMaxLength(AuditEntry.MaxTermLength).IsRequired();
        builder.Property(entry => entry.DivisionCode).HasMaxLength(StationsLimits.MaxDivisionCodeLength).IsRequired();
        builder.HasIndex(entry => new { entry.RecordType, entry.RecordId });
    }
}
