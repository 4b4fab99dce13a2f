using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Apis;

/// <summary>The caller's own notification preferences.</summary>
public static class PreferencesApi
{
    public static RouteGroupBuilder MapPreferencesApi(this RouteGroupBuilder group)
    {
        group.MapGet("/preferences", GetAsync)
            .WithSummary("查看本人的通知偏好");
        group.MapPut("/preferences", PutAsync)
            .WithSummary("设置本人的通知渠道、联系方式和免打扰时段");
        return group;
    }

    private static async Task<Ok<PreferencesDto>> GetAsync(CurrentUser currentUser, NotificationsContext db, CancellationToken cancellationToken)
    {
        var preference = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == currentUser.Id, cancellationToken);
        return TypedResults.Ok(ToDto(preference ?? RecipientPreference.Create(currentUser.Id)));
    }

    private static async Task<Results<Ok<PreferencesDto>, ProblemHttpResult>> PutAsync(
        PreferencesDto request, CurrentUser currentUser, NotificationsContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        TimeOnly? start = null;
        TimeOnly? end = null;
        if (request.QuietHours is { } quiet && (!string.IsNullOrWhiteSpace(quiet.Start) || !string.IsNullOrWhiteSpace(quiet.End)))
        {
            if (!TryParseTime(quiet.Start, out var parsedStart) || !TryParseTime(quiet.End, out var parsedEnd))
            {
                return Problems.Invalid("quietHours", "免打扰时段格式应为 HH:mm，例如 22:00。");
            }

            (start, end) = (parsedStart, parsedEnd);
        }

        var preference = await db.Preferences.SingleOrDefaultAsync(p => p.AccountId == currentUser.Id, cancellationToken);
        var isNew = preference is null;
        preference ??= RecipientPreference.Create(currentUser.Id);
        var updated = preference.Update(
            currentUser.DeputyId, currentUser.UnitCode, request.Phone, request.Email, request.WeChatOpenId, request.Channels,
            start, end, clock.GetUtcNow());
        if (updated.ToProblem() is { } refused)
        {
            return refused;
        }

        if (isNew)
        {
            db.Preferences.Add(preference);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToDto(preference));
    }

    private static PreferencesDto ToDto(RecipientPreference preference)
    {
        var chosen = preference.Channels;
        var channels = MessageKinds.All.ToDictionary(
            kind => kind, kind => chosen.TryGetValue(kind, out var c) ? c : [ChannelNames.InApp], StringComparer.Ordinal);
        var quiet = preference.QuietHours is { } q
            ? new QuietHoursDto(q.Start.ToString("HH:mm", CultureInfo.InvariantCulture), q.End.ToString("HH:mm", CultureInfo.InvariantCulture))
            : null;
        return new PreferencesDto(preference.Phone, preference.Email, preference.WeChatOpenId, channels, quiet);
    }

    private static bool TryParseTime(string? value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
