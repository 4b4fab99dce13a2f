using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

internal sealed class RosterEntryConfiguration : IEntityTypeConfiguration<RosterEntry>
{
    public void Configure(EntityTypeBuilder<RosterEntry> builder)
    {
        builder.ToTable("roster_entries");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedNever();
        builder.Property(entry => entry.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
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
