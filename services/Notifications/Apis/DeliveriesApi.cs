using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Apis;

/// <summary>A delivery as staff see it: the recipient is masked where it is a phone, the address never shown.</summary>
public sealed record DeliveryItem(
    Guid Id, Guid NotificationId, string Channel, string Recipient, string Kind, string Title, string DivisionCode, string Status,
    int Attempts, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

public sealed record DeliveryPage(IReadOnlyList<DeliveryItem> Items, int TotalCount);

/// <summary>Delivery status for staff, limited to their division and below (failed sends show here with their last error).</summary>
public static class DeliveriesApi
{
    public static RouteGroupBuilder MapDeliveriesApi(this RouteGroupBuilder group)
    {
        group.MapGet("/deliveries", GetAsync).RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Ok<DeliveryPage>, ValidationProblem>> GetAsync(
        string? status, string? channel, int? page, int? pageSize, NotificationsContext db, CancellationToken cancellationToken)
    {
        if (status is not null && !DeliveryStatuses.IsValid(status))
        {
            return TypedResults.ValidationProblem(NotificationsApi.Error("status", "状态只能是 pending、sent 或 failed。"));
        }

        if (channel is not null && !ChannelNames.IsValid(channel))
        {
            return TypedResults.ValidationProblem(NotificationsApi.Error("channel", "渠道只能是 in-app、sms、wechat 或 email。"));
        }

        if (page is < 1)
        {
            return TypedResults.ValidationProblem(NotificationsApi.Error("page", "页码必须大于或等于 1。"));
        }

        if (pageSize is < 1 or > InboxApi.MaxPageSize)
        {
            return TypedResults.ValidationProblem(NotificationsApi.Error("pageSize", $"每页条数必须在 1 到 {InboxApi.MaxPageSize} 之间。"));
        }

        var deliveries = db.Deliveries.AsQueryable();
        if (status is not null)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        if (channel is not null)
        {
            deliveries = deliveries.Where(d => d.Channel == channel);
        }

        var size = pageSize ?? 20;
        var total = await deliveries.CountAsync(cancellationToken);
        var items = await deliveries
            .Join(db.Notifications, d => d.NotificationId, n => n.Id, (d, n) => new { d, n })
            .OrderByDescending(x => x.d.CreatedAt)
            .ThenByDescending(x => x.d.Id)
            .Skip(((page ?? 1) - 1) * size)
            .Take(size)
            .Select(x => new DeliveryItem(
                x.d.Id, x.d.NotificationId, x.d.Channel, x.d.RecipientKey, x.n.Kind, x.n.Title, x.d.DivisionCode, x.d.Status, x.d.Attempts,
                x.d.NextAttemptAt, x.d.LastError, x.d.CreatedAt, x.d.SentAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new DeliveryPage(items, total));
    }
}
