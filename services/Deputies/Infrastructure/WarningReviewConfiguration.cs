using RenminDaibiao.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

internal sealed class WarningReviewConfiguration : IEntityTypeConfiguration<WarningReview>
{
    public void Configure(EntityTypeBuilder<WarningReview> builder)
    {
        builder.ToTable("warning_reviews");
        builder.HasKey(review => review.Id);
        builder.Property(review => review.Id).ValueGeneratedNever();
        builder.Property(review => review.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(review => review.JustifiedReason).HasMaxLength(WarningReview.MaxTextLength);
        builder.Property(review => review.TalkNote).HasMaxLength(WarningReview.MaxTextLength);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(review => review.DeputyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(review => new { review.DeputyId, review.Year }).IsUnique();
    }
}
