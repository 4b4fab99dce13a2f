namespace RenminDaibiao.Notifications.Infrastructure.Channels;

/// <summary>
/// A way to reach people: in-app (real-time push of the persisted inbox message), SMS, WeChat, e-mail.
/// Throws when the message was not accepted; the dispatcher retries with backoff.
/// </summary>
public interface INotificationChannel
{
    /// <summary>One of <see cref="Domain.ChannelNames"/>.</summary>
    string Name { get; }

    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
