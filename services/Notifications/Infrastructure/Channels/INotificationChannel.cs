namespace RenminDaibiao.Notifications.Infrastructure.Channels;

/// <summary>One message to send over one channel.</summary>
public sealed record OutgoingMessage(
    Guid DeliveryId,
    Guid NotificationId,
    Guid SourceEventId,
    string Channel,
    string RecipientKey,
    string? Address,
    string Kind,
    string Title,
    string Body,
    DateTimeOffset CreatedAt,
    string? TraceId);

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

/// <summary>The configured channel for each name.</summary>
public sealed class ChannelRegistry(IEnumerable<INotificationChannel> channels)
{
    // The last registration of a name wins, so a test or a deployment can replace a provider.
    private readonly Dictionary<string, INotificationChannel> _channels =
        channels.GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public INotificationChannel? Find(string name) => _channels.GetValueOrDefault(name);
}
