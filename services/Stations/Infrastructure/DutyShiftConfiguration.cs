using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

internal sealed class DutyShiftConfiguration : IEntityTypeConfiguration<DutyShift>
{
    public void Configure(EntityTypeBuilder<DutyShift> builder)
    {
        builder.ToTable("duty_shifts");
        builder.HasKey(shift => shift.Id);
        builder.Property(shift => shift.Id).ValueGeneratedNever();
        builder.Property(shift => shift.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
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
