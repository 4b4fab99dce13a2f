using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Notifications.Apis;

public static class NotificationsApi
{
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/notifications").WithTags("Notifications");
        notifications.MapGet("/inbox", GetInboxAsync);
        return app;
    }

    public sealed record NotificationResponse(
        Guid Id, Guid SourceEventId, string RecipientRole, string RecipientDivisionCode, string Title, string Body,
        DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, string? TraceId)
    {
        public static NotificationResponse From(Notification n) =>
            new(n.Id, n.SourceEventId, n.RecipientRole, n.RecipientDivisionCode, n.Title, n.Body, n.CreatedAt, n.ReadAt, n.TraceId);
    }

    private static async Task<Results<Ok<List<NotificationResponse>>, ValidationProblem>> GetInboxAsync(
        string? divisionCode, int? take, NotificationsContext db, CancellationToken cancellationToken)
    {
        if (!DivisionCodes.IsValid(divisionCode))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["divisionCode"] = [DivisionCodes.InvalidMessage],
            });
        }

        var pageSize = Math.Clamp(take ?? 20, 1, MaxPageSize);
        var items = await db.Notifications
            .Where(n => n.RecipientDivisionCode == divisionCode)
            .OrderByDescending(n => n.CreatedAt)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(NotificationResponse.From).ToList());
    }
}
