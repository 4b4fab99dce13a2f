using Microsoft.AspNetCore.Http.HttpResults;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Apis;

/// <summary>Delivery status for staff, limited to their division and below (failed sends show here with their last error).</summary>
public static class DeliveriesApi
{
    public static RouteGroupBuilder MapDeliveriesApi(this RouteGroupBuilder group)
    {
        group.MapGet("/deliveries", GetAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("分页查看本级及下级行政区划的投递状态（含失败原因）");
        return group;
    }

    private static async Task<Results<Ok<PagedList<DeliveryItem>>, ProblemHttpResult>> GetAsync(
        string? status, string? channel, int? page, int? pageSize, NotificationsContext db, CancellationToken cancellationToken)
    {
        var errors = new DomainErrors();
        if (status is not null && !DeliveryStatuses.IsValid(status))
        {
            errors.Add("status", "状态只能是 pending、sent 或 failed。");
        }

        if (channel is not null && !ChannelNames.IsValid(channel))
        {
            errors.Add("channel", "渠道只能是 in-app、sms、wechat 或 email。");
        }

        var pageRequest = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
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

        var items = await deliveries
            .Join(db.Notifications, d => d.NotificationId, n => n.Id, (d, n) => new { d, n })
            .OrderByDescending(x => x.d.CreatedAt)
            .ThenByDescending(x => x.d.Id)
            .Select(x => new DeliveryItem(
                x.d.Id, x.d.NotificationId, x.d.Channel, x.d.RecipientKey, x.n.Kind, x.n.Title, x.d.DivisionCode, x.d.Status, x.d.Attempts,
                x.d.NextAttemptAt, x.d.LastError, x.d.CreatedAt, x.d.SentAt))
            .ToPageAsync(pageRequest, cancellationToken);
        return TypedResults.Ok(items);
    }
}
