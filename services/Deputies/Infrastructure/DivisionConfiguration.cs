using RenminDaibiao.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

internal sealed class DivisionConfiguration : IEntityTypeConfiguration<Division>
{
    public void Configure(EntityTypeBuilder<Division> builder)
    {
        builder.ToTable("divisions");
        builder.HasKey(division => division.DivisionCode);
        builder.Property(division => division.DivisionCode).HasMaxLength(DivisionCodes.MaxLength);
        builder.Property(division => division.Name).HasMaxLength(Division.MaxNameLength).IsRequired();
        builder.Property(division => division.ParentCode).HasMaxLength(DivisionCodes.MaxLength);
        builder.Property(division => division.Level).HasMaxLength(Division.MaxLevelLength).IsRequired();
        builder.HasIndex(division => division.ParentCode);
    }
}
