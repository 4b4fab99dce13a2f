using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// Sending one message over its channel: pending until the channel accepted it, retried with exponential
/// backoff, failed after the last attempt. A failure of one delivery never holds up another.
/// </summary>
public sealed class Delivery : IDivisionScoped
{
    private Delivery(Guid id, Guid notificationId, string channel, string recipientKey, string? address, string divisionCode,
        DateTimeOffset createdAt, DateTimeOffset nextAttemptAt)
    {
        Id = id;
        NotificationId = notificationId;
        Channel = channel;
        RecipientKey = recipientKey;
        Address = address;
        DivisionCode = divisionCode;
        CreatedAt = createdAt;
        NextAttemptAt = nextAttemptAt;
        Status = DeliveryStatuses.Pending;
    }

    public Guid Id { get; private set; }

    public Guid NotificationId { get; private set; }

    public string Channel { get; private set; }

    /// <summary>Masked where it is a phone, so staff can see whom it was for.</summary>
    public string RecipientKey { get; private set; }

    /// <summary>Phone, e-mail address or WeChat id the channel needs; erased once the delivery is finished.</summary>
    public string? Address { get; private set; }

    public string DivisionCode { get; private set; }

    public string Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the dispatcher may (next) try; later than creation while quiet hours hold an SMS.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static Delivery Create(Notification notification, string? address, DateTimeOffset now, DateTimeOffset? holdUntil)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var due = holdUntil is { } hold && hold > now ? hold : now;
        return new(Guid.CreateVersion7(), notification.Id, notification.Channel, notification.RecipientKey, address,
            notification.DivisionCode, now.ToUniversalTime(), due.ToUniversalTime());
    }

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        Status = DeliveryStatuses.Sent;
        SentAt = now.ToUniversalTime();
        LastError = null;
        Address = null;
    }

    /// <summary>Records a failed attempt: retried after initial·2^(attempts−1) (capped), or failed for good after the last one.</summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now, int maxAttempts, TimeSpan initialBackoff, TimeSpan maxBackoff)
    {
        Attempts++;
        LastError = error.Length > NotificationsLimits.MaxLastErrorLength ? error[..NotificationsLimits.MaxLastErrorLength] : error;
        if (Attempts >= maxAttempts)
        {
            Status = DeliveryStatuses.Failed;
            Address = null;
            return;
        }

        NextAttemptAt = (now + Backoff(Attempts, initialBackoff, maxBackoff)).ToUniversalTime();
    }

    public static TimeSpan Backoff(int attempts, TimeSpan initial, TimeSpan max)
    {
        var ticks = initial.Ticks * Math.Pow(2, Math.Min(Math.Max(attempts - 1, 0), 30));
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
