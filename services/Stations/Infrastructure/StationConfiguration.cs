using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> builder)
    {
        builder.ToTable("stations");
        builder.HasKey(station => station.Id);
        builder.Property(station => station.Id).ValueGeneratedNever();
        builder.Property(station => station.Name).HasMaxLength(Station.MaxNameLength).IsRequired();
        builder.Property(station => station.Tier).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(station => station.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
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
