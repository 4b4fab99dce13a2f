using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Identity.Domain;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Identity.Infrastructure;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.HasKey(account => account.Id);
        builder.Property(account => account.Id).ValueGeneratedNever();
        builder.Property(account => account.UserName).HasMaxLength(Account.MaxUserNameLength).IsRequired();
        builder.Property(account => account.NormalizedUserName).HasMaxLength(Account.MaxUserNameLength).IsRequired();
        builder.HasIndex(account => account.NormalizedUserName).IsUnique();
        builder.Property(account => account.DisplayName).HasMaxLength(Account.MaxDisplayNameLength).IsRequired();
        builder.Property(account => account.PasswordHash).HasMaxLength(Account.MaxPasswordHashLength).IsRequired();
        builder.Property(account => account.Roles).IsRequired();
        builder.Property(account => account.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.HasIndex(account => account.DivisionCode);
        builder.Property(account => account.UnitCode).HasMaxLength(Account.MaxUnitCodeLength);

        // Concurrent log-ins of one account must not lose a failed-attempt count (PostgreSQL xmin).
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.HasKey(token => token.Id);
        builder.Property(token => token.Id).ValueGeneratedNever();
        builder.Property(token => token.TokenHash).HasMaxLength(RefreshToken.HashLength).IsRequired();
        builder.HasIndex(token => token.TokenHash).IsUnique();
        builder.HasIndex(token => token.FamilyId);
        builder.HasIndex(token => token.AccountId);
        builder.Ignore(token => token.IsRevoked);

        // Two concurrent uses of one token: only the first rotation wins (PostgreSQL xmin).
        builder.Property<uint>("Version").IsRowVersion();
    }
}
