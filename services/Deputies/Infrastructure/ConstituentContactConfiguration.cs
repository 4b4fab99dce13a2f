using RenminDaibiao.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

internal sealed class ConstituentContactConfiguration : IEntityTypeConfiguration<ConstituentContact>
{
    public void Configure(EntityTypeBuilder<ConstituentContact> builder)
    {
        builder.ToTable("constituent_contacts");
        builder.HasKey(contact => contact.Id);
        builder.Property(contact => contact.Id).ValueGeneratedNever();
        builder.Property(contact => contact.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(contact => contact.Method).HasMaxLength(ConstituentContact.MaxMethodLength).IsRequired();
        builder.Property(contact => contact.Summary).HasMaxLength(ConstituentContact.MaxSummaryLength).IsRequired();
        builder.HasOne<Deputy>().WithMany().HasForeignKey(contact => contact.DeputyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(contact => contact.ConstituentId);
    }
}
