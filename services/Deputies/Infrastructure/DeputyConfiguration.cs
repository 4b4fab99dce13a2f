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
        builder.Property(deputy => deputy.DivisionCode).HasMaxLength(9).IsRequired();
        builder.HasIndex(deputy => deputy.DivisionCode);
    }
}
