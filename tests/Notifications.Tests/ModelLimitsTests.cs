using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>Every text the domain accepts or shortens fits its column exactly.</summary>
public sealed class ModelLimitsTests
{
    public static TheoryData<Type, string, int> Columns => new()
    {
        { typeof(RecipientPreference), nameof(RecipientPreference.Phone), NotificationsLimits.MaxPhoneLength },
        { typeof(RecipientPreference), nameof(RecipientPreference.Email), NotificationsLimits.MaxEmailLength },
        { typeof(RecipientPreference), nameof(RecipientPreference.WeChatOpenId), NotificationsLimits.MaxWeChatOpenIdLength },
        { typeof(RecipientPreference), nameof(RecipientPreference.UnitCode), NotificationsLimits.MaxUnitCodeLength },
        { typeof(Notification), nameof(Notification.Title), NotificationsLimits.MaxTitleLength },
        { typeof(Notification), nameof(Notification.Body), NotificationsLimits.MaxBodyLength },
        { typeof(Notification), nameof(Notification.DivisionCode), DivisionCodes.MaxLength },
        { typeof(Delivery), nameof(Delivery.Address), NotificationsLimits.MaxAddressLength },
        { typeof(Delivery), nameof(Delivery.LastError), NotificationsLimits.MaxLastErrorLength },
        { typeof(Reminder), nameof(Reminder.Title), NotificationsLimits.MaxTitleLength },
        { typeof(Reminder), nameof(Reminder.UnitCode), NotificationsLimits.MaxUnitCodeLength },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void The_database_column_holds_exactly_what_the_domain_accepts(Type entity, string property, int maxLength)
    {
        var options = new DbContextOptionsBuilder<NotificationsContext>().UseNpgsql("Host=unused").Options;
        using var db = new NotificationsContext(options, new HttpContextAccessor());

        Assert.Equal(maxLength, db.Model.FindEntityType(entity)!.FindProperty(property)!.GetMaxLength());
    }
}
