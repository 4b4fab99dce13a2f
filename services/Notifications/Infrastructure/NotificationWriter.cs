using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Notifications.Domain;

namespace RenminDaibiao.Notifications.Infrastructure;

/// <summary>
/// Turns planned messages into stored messages and deliveries, one per channel the recipient wants
/// (in-app by default, SMS only for a citizen), holding SMS during the recipient's quiet hours.
/// Adds to the context only; the caller saves, in the same transaction as its inbox row or reminder state.
/// </summary>
public sealed class NotificationWriter(TimeProvider clock)
{
    public async Task<int> AddAsync(
        NotificationsContext db, Guid sourceId, IReadOnlyList<PlannedMessage> messages, string? traceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var preferences = await LoadPreferencesAsync(db, messages, ct).ConfigureAwait(false);
        var added = 0;
        foreach (var message in messages)
        {
            if (message.Recipient.IsCitizen)
            {
                added += Add(db, sourceId, message, ChannelNames.Sms, address: null, now, hold: null, traceId);
                continue;
            }

            var preference = preferences.GetValueOrDefault(message.Recipient.ToString());
            var channels = preference?.ChannelsFor(message.Kind) ?? [ChannelNames.InApp];
            foreach (var channel in channels)
            {
                var hold = channel == ChannelNames.Sms ? preference?.QuietHours?.HoldUntil(now) : null;
                added += Add(db, sourceId, message, channel, preference?.AddressFor(channel), now, hold, traceId);
            }
        }

        return added;
    }

    private static int Add(
        NotificationsContext db, Guid sourceId, PlannedMessage message, string channel, string? address, DateTimeOffset now,
        DateTimeOffset? hold, string? traceId)
    {
        var notification = Notification.Create(sourceId, message.Recipient, channel, message, now, traceId);
        db.Notifications.Add(notification);
        db.Deliveries.Add(Delivery.Create(notification, address, now, hold));
        return 1;
    }

    /// <summary>The preferences behind each account, deputy and unit recipient, keyed by recipient key (newest wins).</summary>
    private static async Task<Dictionary<string, RecipientPreference>> LoadPreferencesAsync(
        NotificationsContext db, IReadOnlyList<PlannedMessage> messages, CancellationToken ct)
    {
        var accounts = Ids(messages, RecipientKey.AccountKind);
        var deputies = Ids(messages, RecipientKey.DeputyKind);
        var units = messages.Where(m => m.Recipient.Kind == RecipientKey.UnitKind).Select(m => m.Recipient.Value).Distinct().ToList();
        var result = new Dictionary<string, RecipientPreference>(StringComparer.Ordinal);
        if (accounts.Count + deputies.Count + units.Count == 0)
        {
            return result;
        }

        var found = await db.Preferences
            .Where(p => accounts.Contains(p.AccountId)
                || (p.DeputyId != null && deputies.Contains(p.DeputyId.Value))
                || (p.UnitCode != null && units.Contains(p.UnitCode)))
            .OrderByDescending(p => p.UpdatedAt)
            .ToListAsync(ct)
            .ConfigureAwait(false);
        foreach (var preference in found)
        {
            result.TryAdd(RecipientKey.Account(preference.AccountId).ToString(), preference);
            if (preference.DeputyId is { } deputy)
            {
                result.TryAdd(RecipientKey.Deputy(deputy).ToString(), preference);
            }

            if (preference.UnitCode is { } unit)
            {
                result.TryAdd(RecipientKey.Unit(unit).ToString(), preference);
            }
        }

        return result;
    }

    private static List<Guid> Ids(IReadOnlyList<PlannedMessage> messages, string kind) =>
        messages.Where(m => m.Recipient.Kind == kind)
            .Select(m => Guid.Parse(m.Recipient.Value))
            .Distinct()
            .ToList();
}
