using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("bookings");
        builder.HasKey(booking => booking.Id);
        builder.Property(booking => booking.Id).ValueGeneratedNever();
        builder.Property(booking => booking.Reference).HasMaxLength(TrackingCode.Length).IsRequired();
        builder.HasIndex(booking => booking.Reference).IsUnique();
        builder.Property(booking => booking.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
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
