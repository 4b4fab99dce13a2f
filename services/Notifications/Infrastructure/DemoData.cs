using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Infrastructure;

/// <summary>A few inbox messages for the demo accounts, written only when Demo:Enabled is true and the inbox is empty.</summary>
internal static class DemoData
{
    private static readonly Guid DeputyCounty = Guid.Parse("0197a000-0000-7000-8000-000000000002");
    private static readonly Guid DeputyTown = Guid.Parse("0197a000-0000-7000-8000-000000000003");

    public static async Task SeedAsync(NotificationsContext db, IServiceProvider services, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue("Demo:Enabled", false) || await db.Notifications.AnyAsync(ct))
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        PlannedMessage[] messages =
        [
            new(RecipientKey.Role(Roles.CommitteeStaff, "411302"), MessageKinds.DeadlineDueSoon, "办理期限临近",
                "建议《关于改善老旧小区停车难问题的建议》将于一周后到期，请抓紧督办。", "411302"),
            new(RecipientKey.Unit("411302-ZJJ"), MessageKinds.SuggestionAssigned, "建议交办通知",
                "建议《关于改善老旧小区停车难问题的建议》已交办贵单位主办，请按期答复。", "411302"),
            new(RecipientKey.Deputy(DeputyCounty), MessageKinds.SuggestionAnswered, "建议已答复",
                "您领衔的建议《关于加强农村公路养护的建议》已由承办单位答复（正在解决或列入计划解决），请及时评价。", "411302"),
            new(RecipientKey.Deputy(DeputyTown), MessageKinds.DutyShiftTomorrow, "明日进站履职提醒",
                "您明天在新华街道人大代表联络站有一个进站接待班次，请准时参加。", "411302001"),
        ];
        foreach (var message in messages)
        {
            var notification = Notification.Create(Guid.CreateVersion7(), message.Recipient, ChannelNames.InApp, message, now, null);
            db.Notifications.Add(notification);
        }

        await db.SaveChangesAsync(ct);
    }
}
