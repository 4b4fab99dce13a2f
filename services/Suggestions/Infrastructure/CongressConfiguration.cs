using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Infrastructure;

internal sealed class CongressConfiguration : IEntityTypeConfiguration<Congress>
{
    public void Configure(EntityTypeBuilder<Congress> builder)
    {
        builder.ToTable("congresses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Congress.MaxNameLength);
        builder.Property(c => c.DivisionCode).HasMaxLength(DivisionCodes.MaxLength);
        builder.Property(c => c.Level).HasMaxLength(Congress.MaxLevelLength);
        builder.Ignore(c => c.Rules);
        builder.HasIndex(c => new { c.DivisionCode, c.Term });
    }
}
