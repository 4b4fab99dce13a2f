using Microsoft.AspNetCore.SignalR;
using RenminDaibiao.Notifications.Apis;
using RenminDaibiao.Notifications.Hubs;

namespace RenminDaibiao.Notifications.Infrastructure.Channels;

/// <summary>
/// The inbox message is already stored; this pushes it to the recipient's open portals over SignalR
/// (through the Redis backplane, so it reaches connections on every instance).
/// </summary>
public sealed class InAppChannel(IHubContext<NotificationsHub> hub) : INotificationChannel
{
    public string Name => Domain.ChannelNames.InApp;

    public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var item = new InboxItem(message.NotificationId, message.Title, message.Body, message.Kind, message.CreatedAt, null,
            message.TraceId, message.SourceEventId, message.RecordKind, message.RecordId, message.PortalPath);
        return hub.Clients.Group(message.RecipientKey).SendAsync(NotificationsHub.NotificationMethod, item, cancellationToken);
    }
}
