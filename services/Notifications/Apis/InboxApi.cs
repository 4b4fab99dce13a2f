using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Apis;

/// <summary>One in-app message as the inbox and the real-time push show it.</summary>
public sealed record InboxItem(
    Guid Id, string Title, string Body, string Kind, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, string? TraceId, Guid SourceEventId);

public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int TotalCount, int UnreadCount);

public sealed record ReadAllResponse(int Marked);

/// <summary>The caller's inbox: every in-app message addressed to their account, deputy, unit or role in their division.</summary>
public static class InboxApi
{
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapInboxApi(this RouteGroupBuilder group)
    {
        group.MapGet("/inbox", GetInboxAsync);
        group.MapPost("/inbox/{id:guid}/read", MarkReadAsync);
        group.MapPost("/inbox/read-all", MarkAllReadAsync);
        return group;
    }

    private static async Task<Results<Ok<InboxPage>, ValidationProblem>> GetInboxAsync(
        int? page, int? pageSize, bool? unreadOnly, ClaimsPrincipal user, CurrentUser currentUser, NotificationsContext db,
        CancellationToken cancellationToken)
    {
        if (page is < 1)
        {
            return TypedResults.ValidationProblem(NotificationsApi.Error("page", "页码必须大于或等于 1。"));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return TypedResults.ValidationProblem(NotificationsApi.Error("pageSize", $"每页条数必须在 1 到 {MaxPageSize} 之间。"));
        }

        var keys = RecipientKey.For(user);
        var accountId = currentUser.Id;
        var size = pageSize ?? 20;
        var inbox = db.Notifications.Where(n => n.Channel == ChannelNames.InApp && keys.Contains(n.RecipientKey));
        var unread = inbox.Where(n => !db.NotificationReads.Any(r => r.NotificationId == n.Id && r.AccountId == accountId));
        var listed = unreadOnly == true ? unread : inbox;

        var totalCount = await listed.CountAsync(cancellationToken);
        var unreadCount = await unread.CountAsync(cancellationToken);
        var items = await listed
            .OrderByDescending(n => n.CreatedAt)
            .ThenByDescending(n => n.Id)
            .Skip(((page ?? 1) - 1) * size)
            .Take(size)
            .Select(n => new InboxItem(
                n.Id, n.Title, n.Body, n.Kind, n.CreatedAt,
                db.NotificationReads.Where(r => r.NotificationId == n.Id && r.AccountId == accountId).Select(r => (DateTimeOffset?)r.ReadAt).FirstOrDefault(),
                n.TraceId, n.SourceEventId))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new InboxPage(items, totalCount, unreadCount));
    }

    private static async Task<Results<NoContent, NotFound>> MarkReadAsync(
        Guid id, ClaimsPrincipal user, CurrentUser currentUser, NotificationsContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var keys = RecipientKey.For(user);
        var accountId = currentUser.Id;
        var mine = await db.Notifications.AnyAsync(
            n => n.Id == id && n.Channel == ChannelNames.InApp && keys.Contains(n.RecipientKey), cancellationToken);
        if (!mine)
        {
            return TypedResults.NotFound();
        }

        // Marking twice is harmless: the first read time stays.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO notification_reads ("NotificationId", "AccountId", "ReadAt") VALUES ({id}, {accountId}, {clock.GetUtcNow().ToUniversalTime()})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ReadAllResponse>> MarkAllReadAsync(
        ClaimsPrincipal user, CurrentUser currentUser, NotificationsContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var keys = RecipientKey.For(user).ToArray();
        var marked = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO notification_reads ("NotificationId", "AccountId", "ReadAt")
            SELECT n."Id", {currentUser.Id}, {clock.GetUtcNow().ToUniversalTime()} FROM notifications n
            WHERE n."Channel" = {ChannelNames.InApp} AND n."RecipientKey" = ANY({keys})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        return TypedResults.Ok(new ReadAllResponse(marked));
    }
}
