using RenminDaibiao.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

internal sealed class ConstituentConfiguration : IEntityTypeConfiguration<Constituent>
{
    public void Configure(EntityTypeBuilder<Constituent> builder)
    {
        builder.ToTable("constituents");
        builder.HasKey(constituent => constituent.Id);
        builder.Property(constituent => constituent.Id).ValueGeneratedNever();
        builder.Property(constituent => constituent.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(constituent => constituent.Name).HasMaxLength(Constituent.MaxNameLength).IsRequired();
        builder.Property(constituent => constituent.Phone).HasMaxLength(Phones.Length);
        builder.Property(constituent => constituent.Address).HasMaxLength(Constituent.MaxAddressLength);
        builder.Property(constituent => constituent.Note).HasMaxLength(Constituent.MaxNoteLength);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(constituent => constituent.DeputyId).OnDelete(DeleteBehavior.Cascade);
    }
}
