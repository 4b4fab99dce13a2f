using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Apis;

/// <summary>The caller's inbox: every in-app message addressed to their account, deputy, unit or role in their division.</summary>
public static class InboxApi
{
    public static RouteGroupBuilder MapInboxApi(this RouteGroupBuilder group)
    {
        group.MapGet("/inbox", GetInboxAsync)
            .WithSummary("分页查看本人的站内消息（可只看未读）");
        group.MapGet("/inbox/unread-count", GetUnreadCountAsync)
            .WithSummary("本人未读站内消息的条数");
        group.MapPost("/inbox/{id:guid}/read", MarkReadAsync)
            .WithSummary("将一条站内消息标为已读");
        group.MapPost("/inbox/read-all", MarkAllReadAsync)
            .WithSummary("将全部站内消息标为已读");
        return group;
    }

    private static async Task<Results<Ok<PagedList<InboxItem>>, ProblemHttpResult>> GetInboxAsync(
        int? page, int? pageSize, bool? unreadOnly, ClaimsPrincipal user, CurrentUser currentUser, NotificationsContext db,
        CancellationToken cancellationToken)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var accountId = currentUser.Id;
        var inbox = Inbox(db, user);
        var listed = unreadOnly == true ? Unread(db, inbox, accountId) : inbox;
        var items = await listed
            .OrderByDescending(n => n.CreatedAt)
            .ThenByDescending(n => n.Id)
            .Select(n => new InboxItem(
                n.Id, n.Title, n.Body, n.Kind, n.CreatedAt,
                db.NotificationReads.Where(r => r.NotificationId == n.Id && r.AccountId == accountId).Select(r => (DateTimeOffset?)r.ReadAt).FirstOrDefault(),
                n.TraceId, n.SourceEventId, n.RecordKind, n.RecordId, n.PortalPath))
            .ToPageAsync(pageRequest, cancellationToken);
        return TypedResults.Ok(items);
    }

    private static async Task<Ok<UnreadCount>> GetUnreadCountAsync(
        ClaimsPrincipal user, CurrentUser currentUser, NotificationsContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(new UnreadCount(await Unread(db, Inbox(db, user), currentUser.Id).CountAsync(cancellationToken)));

    /// <summary>The in-app messages addressed to the caller's account, deputy, unit or role.</summary>
    private static IQueryable<Notification> Inbox(NotificationsContext db, ClaimsPrincipal user)
    {
        var keys = RecipientKey.For(user);
        return db.Notifications.Where(n => n.Channel == ChannelNames.InApp && keys.Contains(n.RecipientKey));
    }

    private static IQueryable<Notification> Unread(NotificationsContext db, IQueryable<Notification> inbox, Guid accountId) =>
        inbox.Where(n => !db.NotificationReads.Any(r => r.NotificationId == n.Id && r.AccountId == accountId));

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
