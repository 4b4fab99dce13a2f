using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Infrastructure;

internal sealed class HandlingUnitConfiguration : IEntityTypeConfiguration<HandlingUnit>
{
    public void Configure(EntityTypeBuilder<HandlingUnit> builder)
    {
        builder.ToTable("handling_units");
        builder.HasKey(u => u.Code);
        builder.Property(u => u.Code).HasMaxLength(HandlingUnit.MaxCodeLength);
        builder.Property(u => u.Name).HasMaxLength(HandlingUnit.MaxNameLength).IsRequired();
        builder.Property(u => u.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(u => u.ContactPerson).HasMaxLength(HandlingUnit.MaxContactPersonLength);
        builder.HasIndex(u => u.DivisionCode);
    }
}
