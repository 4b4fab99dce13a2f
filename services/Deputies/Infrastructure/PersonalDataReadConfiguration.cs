using RenminDaibiao.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

internal sealed class PersonalDataReadConfiguration : IEntityTypeConfiguration<PersonalDataRead>
{
    public void Configure(EntityTypeBuilder<PersonalDataRead> builder)
    {
        builder.ToTable("personal_data_reads");
        builder.HasKey(read => read.Id);
        builder.Property(read => read.Id).ValueGeneratedNever();
        builder.Property(read => read.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(read => read.AccountName).HasMaxLength(PersonalDataRead.MaxAccountNameLength).IsRequired();
        builder.Property(read => read.Subject).HasMaxLength(PersonalDataRead.MaxSubjectLength).IsRequired();
        builder.HasIndex(read => new { read.SubjectId, read.ReadAt });
        builder.HasIndex(read => new { read.AccountId, read.ReadAt });
    }
}
