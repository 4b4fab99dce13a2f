using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Identity.Domain;
using RenminDaibiao.Identity.Infrastructure;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Identity.Tests;

/// <summary>Every text the domain accepts fits its column, and the column refuses nothing the domain accepts.</summary>
public sealed class ModelLimitsTests
{
    public static TheoryData<Type, string, int> Columns => new()
    {
        { typeof(Account), nameof(Account.UserName), Account.MaxUserNameLength },
        { typeof(Account), nameof(Account.NormalizedUserName), Account.MaxUserNameLength },
        { typeof(Account), nameof(Account.DisplayName), Account.MaxDisplayNameLength },
        { typeof(Account), nameof(Account.PasswordHash), Account.MaxPasswordHashLength },
        { typeof(Account), nameof(Account.DivisionCode), DivisionCodes.MaxLength },
        { typeof(Account), nameof(Account.UnitCode), Account.MaxUnitCodeLength },
        { typeof(RefreshToken), nameof(RefreshToken.TokenHash), RefreshToken.HashLength },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void The_database_column_holds_exactly_what_the_domain_accepts(Type entity, string property, int maxLength)
    {
        var options = new DbContextOptionsBuilder<IdentityContext>().UseNpgsql("Host=unused").Options;
        using var db = new IdentityContext(options, new HttpContextAccessor());

        Assert.Equal(maxLength, db.Model.FindEntityType(entity)!.FindProperty(property)!.GetMaxLength());
    }
}
