using RenminDaibiao.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

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
        builder.Property(deputy => deputy.Phone).HasMaxLength(Phones.Length).IsRequired();
        builder.Property(deputy => deputy.Occupation).HasMaxLength(Deputy.MaxOccupationLength);
        builder.Property(deputy => deputy.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(deputy => deputy.Constituency).HasMaxLength(Deputy.MaxConstituencyLength);
        builder.Property(deputy => deputy.StationName).HasMaxLength(Deputy.MaxStationNameLength);
        builder.Ignore(deputy => deputy.Status);
        builder.Ignore(deputy => deputy.PendingEvents);
        builder.Ignore(deputy => deputy.PrimarySeat);
        builder.Ignore(deputy => deputy.CopiesOutdated);
        builder.HasIndex(deputy => deputy.DivisionCode);
        builder.HasIndex(deputy => deputy.Name);
        builder.HasIndex(deputy => deputy.Phone);
        builder.OwnsMany(deputy => deputy.Seats, seat =>
        {
            seat.ToTable("deputy_seats");
            seat.WithOwner().HasForeignKey("DeputyId");
            seat.HasKey(s => s.Id);
            seat.Property(s => s.Id).ValueGeneratedNever();
            seat.Property(s => s.CongressName).HasMaxLength(Congress.MaxNameLength).IsRequired();
            seat.Property(s => s.CongressDivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
            seat.Property(s => s.Level).HasMaxLength(CongressLevels.MaxLength).IsRequired();
            seat.Property(s => s.Constituency).HasMaxLength(Deputy.MaxConstituencyLength);
            seat.Property(s => s.Status).HasMaxLength(SeatStatuses.MaxLength).IsRequired();
            seat.HasIndex(s => s.CongressId);
        });
        builder.Navigation(deputy => deputy.Seats).HasField("_seats").AutoInclude();
    }
}
