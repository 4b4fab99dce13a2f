using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

internal sealed class DivisionConfiguration : IEntityTypeConfiguration<Division>
{
    public void Configure(EntityTypeBuilder<Division> builder)
    {
        builder.ToTable("divisions");
        builder.HasKey(division => division.DivisionCode);
        builder.Property(division => division.DivisionCode).HasMaxLength(Division.MaxCodeLength);
        builder.Property(division => division.Name).HasMaxLength(Division.MaxNameLength).IsRequired();
        builder.Property(division => division.ParentCode).HasMaxLength(Division.MaxCodeLength);
        builder.Property(division => division.Level).HasMaxLength(Division.MaxLevelLength).IsRequired();
        builder.HasIndex(division => division.ParentCode);
    }
}

internal sealed class CongressConfiguration : IEntityTypeConfiguration<Congress>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Congress> builder)
    {
        builder.ToTable("congresses");
        builder.HasKey(congress => congress.Id);
        builder.Property(congress => congress.Id).ValueGeneratedNever();
        builder.Property(congress => congress.DivisionCode).HasMaxLength(Division.MaxCodeLength).IsRequired();
        builder.Property(congress => congress.Level).HasMaxLength(CongressLevels.MaxLength).IsRequired();
        builder.Property(congress => congress.Name).HasMaxLength(Congress.MaxNameLength).IsRequired();
        builder.Property(congress => congress.PointsRules)
            .HasColumnType("jsonb")
            .HasConversion(
                rules => JsonSerializer.Serialize(rules, Json),
                json => JsonSerializer.Deserialize<List<PointsRule>>(json, Json) ?? new List<PointsRule>(),
                new ValueComparer<List<PointsRule>>(
                    (left, right) => left!.SequenceEqual(right!),
                    rules => rules.Aggregate(0, (hash, rule) => HashCode.Combine(hash, rule.GetHashCode())),
                    rules => rules.ToList()));
        builder.HasIndex(congress => new { congress.DivisionCode, congress.Level, congress.Term }).IsUnique();
    }
}

internal sealed class DeputyConfiguration : IEntityTypeConfiguration<Deputy>
{
    public void Configure(EntityTypeBuilder<Deputy> builder)
    {
        builder.ToTable("deputies");
        builder.HasKey(deputy => deputy.Id);
        builder.Property(deputy => deputy.Id).ValueGeneratedNever();
        builder.Property(deputy => deputy.Name).HasMaxLength(Deputy.MaxNameLength).IsRequired();
        builder.Property(deputy => deputy.Gender).HasMaxLength(Genders.MaxLength).IsRequired();
        builder.Property(deputy => deputy.Ethnicity).HasMaxLength(Deputy.MaxEthnicityLength).IsRequired();
        builder.Property(deputy => deputy.Phone).HasMaxLength(Phone.Length).IsRequired();
        builder.Property(deputy => deputy.Occupation).HasMaxLength(Deputy.MaxOccupationLength);
        builder.Property(deputy => deputy.DivisionCode).HasMaxLength(Division.MaxCodeLength).IsRequired();
        builder.Property(deputy => deputy.Constituency).HasMaxLength(Deputy.MaxConstituencyLength);
        builder.Property(deputy => deputy.StationName).HasMaxLength(Deputy.MaxStationNameLength);
        builder.Ignore(deputy => deputy.Status);
        builder.Ignore(deputy => deputy.PrimarySeat);
        builder.HasIndex(deputy => deputy.DivisionCode);
        builder.HasIndex(deputy => deputy.Name);
        builder.OwnsMany(deputy => deputy.Seats, seat =>
        {
            seat.ToTable("deputy_seats");
            seat.WithOwner().HasForeignKey("DeputyId");
            seat.HasKey(s => s.Id);
            seat.Property(s => s.Id).ValueGeneratedNever();
            seat.Property(s => s.CongressName).HasMaxLength(Congress.MaxNameLength).IsRequired();
            seat.Property(s => s.CongressDivisionCode).HasMaxLength(Division.MaxCodeLength).IsRequired();
            seat.Property(s => s.Level).HasMaxLength(CongressLevels.MaxLength).IsRequired();
            seat.Property(s => s.Constituency).HasMaxLength(Deputy.MaxConstituencyLength);
            seat.Property(s => s.Status).HasMaxLength(SeatStatuses.MaxLength).IsRequired();
            seat.HasIndex(s => s.CongressId);
        });
        builder.Navigation(deputy => deputy.Seats).AutoInclude();
    }
}

internal sealed class DeputyGroupConfiguration : IEntityTypeConfiguration<DeputyGroup>
{
    public void Configure(EntityTypeBuilder<DeputyGroup> builder)
    {
        builder.ToTable("deputy_groups");
        builder.HasKey(group => group.Id);
        builder.Property(group => group.Id).ValueGeneratedNever();
        builder.Property(group => group.DivisionCode).HasMaxLength(Division.MaxCodeLength).IsRequired();
        builder.Property(group => group.Name).HasMaxLength(DeputyGroup.MaxNameLength).IsRequired();
        builder.Property(group => group.Kind).HasMaxLength(GroupKinds.MaxLength).IsRequired();
        builder.Property(group => group.Description).HasMaxLength(DeputyGroup.MaxDescriptionLength);
        builder.HasIndex(group => group.DivisionCode);
        builder.OwnsMany(group => group.Members, member =>
        {
            member.ToTable("group_members");
            member.WithOwner().HasForeignKey("GroupId");
            member.HasKey("GroupId", nameof(GroupMember.DeputyId));
            member.HasIndex(m => m.DeputyId);
        });
    }
}

internal sealed class ConstituentConfiguration : IEntityTypeConfiguration<Constituent>
{
    public void Configure(EntityTypeBuilder<Constituent> builder)
    {
        builder.ToTable("constituents");
        builder.HasKey(constituent => constituent.Id);
        builder.Property(constituent => constituent.Id).ValueGeneratedNever();
        builder.Property(constituent => constituent.DivisionCode).HasMaxLength(Division.MaxCodeLength).IsRequired();
        builder.Property(constituent => constituent.Name).HasMaxLength(Constituent.MaxNameLength).IsRequired();
        builder.Property(constituent => constituent.Phone).HasMaxLength(Phone.Length);
        builder.Property(constituent => constituent.Address).HasMaxLength(Constituent.MaxAddressLength);
        builder.Property(constituent => constituent.Note).HasMaxLength(Constituent.MaxNoteLength);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(constituent => constituent.DeputyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConstituentContactConfiguration : IEntityTypeConfiguration<ConstituentContact>
{
    public void Configure(EntityTypeBuilder<ConstituentContact> builder)
    {
        builder.ToTable("constituent_contacts");
        builder.HasKey(contact => contact.Id);
        builder.Property(contact => contact.Id).ValueGeneratedNever();
        builder.Property(contact => contact.DivisionCode).HasMaxLength(Division.MaxCodeLength).IsRequired();
        builder.Property(contact => contact.Method).HasMaxLength(ConstituentContact.MaxMethodLength).IsRequired();
        builder.Property(contact => contact.Summary).HasMaxLength(ConstituentContact.MaxSummaryLength).IsRequired();
        builder.HasOne<Deputy>().WithMany().HasForeignKey(contact => contact.DeputyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(contact => contact.ConstituentId);
    }
}

internal sealed class DutyRecordConfiguration : IEntityTypeConfiguration<DutyRecord>
{
    public void Configure(EntityTypeBuilder<DutyRecord> builder)
    {
        builder.ToTable("duty_records");
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).ValueGeneratedNever();
        builder.Property(record => record.DeputyName).HasMaxLength(Deputy.MaxNameLength).IsRequired();
        builder.Property(record => record.DivisionCode).HasMaxLength(Division.MaxCodeLength).IsRequired();
        builder.Property(record => record.Kind).HasMaxLength(DutyKinds.MaxLength).IsRequired();
        builder.Property(record => record.Title).HasMaxLength(DutyRecord.MaxTitleLength).IsRequired();
        builder.Property(record => record.Description).HasMaxLength(DutyRecord.MaxDescriptionLength);
        builder.Property(record => record.Source).HasMaxLength(DutySources.MaxLength).IsRequired();
        builder.Property(record => record.SourceKey).HasMaxLength(DutyRecord.MaxSourceKeyLength);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(record => record.DeputyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(record => new { record.DeputyId, record.Date });
        builder.HasIndex(record => new { record.DivisionCode, record.Date });

        // The second line of defence against a redelivered event: one record per deputy and source.
        builder.HasIndex(record => new { record.DeputyId, record.SourceKey }).IsUnique().HasFilter("\"SourceKey\" IS NOT NULL");
    }
}

internal sealed class PersonalDataReadConfiguration : IEntityTypeConfiguration<PersonalDataRead>
{
    public void Configure(EntityTypeBuilder<PersonalDataRead> builder)
    {
        builder.ToTable("personal_data_reads");
        builder.HasKey(read => read.Id);
        builder.Property(read => read.Id).ValueGeneratedNever();
        builder.Property(read => read.DivisionCode).HasMaxLength(Division.MaxCodeLength).IsRequired();
        builder.Property(read => read.AccountName).HasMaxLength(PersonalDataRead.MaxAccountNameLength).IsRequired();
        builder.Property(read => read.Subject).HasMaxLength(PersonalDataRead.MaxSubjectLength).IsRequired();
        builder.HasIndex(read => new { read.SubjectId, read.ReadAt });
        builder.HasIndex(read => new { read.AccountId, read.ReadAt });
    }
}
