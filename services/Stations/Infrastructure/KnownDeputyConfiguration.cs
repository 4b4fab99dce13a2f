using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

internal sealed class KnownDeputyConfiguration : IEntityTypeConfiguration<KnownDeputy>
{
    public void Configure(EntityTypeBuilder<KnownDeputy> builder)
    {
        builder.ToTable("known_deputies");
        builder.HasKey(deputy => deputy.Id);
        builder.Property(deputy => deputy.Id).ValueGeneratedNever();
        builder.Property(deputy => deputy.Name).HasMaxLength(StationsLimits.MaxPersonNameLength).IsRequired();
        builder.Property(deputy => deputy.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Ignore(deputy => deputy.IsServing);
        builder.OwnsMany(deputy => deputy.Seats, seats =>
        {
            seats.ToJson("seats");
            seats.Property(seat => seat.Status).HasMaxLength(ColumnLengths.EnumName);
        });
        builder.Navigation(deputy => deputy.Seats).HasField("_seats");
        builder.HasIndex(deputy => deputy.StationId);
    }
}
