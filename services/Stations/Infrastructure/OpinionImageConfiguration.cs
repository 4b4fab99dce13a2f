using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

internal sealed class OpinionImageConfiguration : IEntityTypeConfiguration<OpinionImage>
{
    public void Configure(EntityTypeBuilder<OpinionImage> builder)
    {
        builder.ToTable("opinion_images");
        builder.HasKey(image => image.Id);
        builder.Property(image => image.Id).ValueGeneratedNever();
        builder.Property(image => image.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(image => image.ContentType).HasMaxLength(OpinionImage.MaxContentTypeLength).IsRequired();
        builder.HasIndex(image => image.OpinionId);
    }
}
