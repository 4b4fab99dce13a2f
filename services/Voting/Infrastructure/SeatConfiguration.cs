using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

internal sealed class SeatConfiguration : IEntityTypeConfiguration<Seat>
{
    public void Configure(EntityTypeBuilder<Seat> builder)
    {
        builder.ToTable("seats");
        builder.HasKey(s => new { s.CongressId, s.DeputyId });
        builder.Property(s => s.Name).HasMaxLength(100).IsRequired();
        builder.Property(s => s.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(s => s.Status).HasMaxLength(20).IsRequired();
        builder.Ignore(s => s.IsServing);
    }
}
