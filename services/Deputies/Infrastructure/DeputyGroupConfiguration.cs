using RenminDaibiao.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

internal sealed class DeputyGroupConfiguration : IEntityTypeConfiguration<DeputyGroup>
{
    public void Configure(EntityTypeBuilder<DeputyGroup> builder)
    {
        builder.ToTable("deputy_groups");
        builder.HasKey(group => group.Id);
        builder.Property(group => group.Id).ValueGeneratedNever();
        builder.Property(group => group.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(group => group.Name).HasMaxLength(DeputyGroup.MaxNameLength).IsRequired();
        builder.Property(group => group.Kind).HasMaxLength(GroupKinds.MaxLength).IsRequired();
        builder.Property(group => group.Description).HasMaxLength(DeputyGroup.MaxDescriptionLength);
        builder.HasIndex(group => group.DivisionCode);
        builder.OwnsMany(group => group.Members, member =>
        {
            member.ToTable("group_members");
            member.WithOwner().HasForeignKey("GroupId");
            member.HasKey("GroupId", nameof(GroupMember.DeputyId));
            member.HasIndex(m => m.DeputyId);
        });
        builder.Navigation(group => group.Members).HasField("_members");
    }
}
