using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using RenminDaibiao.Notifications.Domain;

namespace RenminDaibiao.Notifications.Hubs;

/// <summary>
/// Real-time push of new inbox messages. Each connection joins one group per recipient key of its user
/// (account, deputy, unit, role in division), so a message reaches everyone it is addressed to.
/// </summary>
[Authorize]
public sealed class NotificationsHub : Hub
{
    /// <summary>The client method that receives an <see cref="Apis.InboxItem"/>.</summary>
    public const string NotificationMethod = "notification";

    public override async Task OnConnectedAsync()
    {
        if (Context.User is { } user)
        {
            foreach (var key in RecipientKey.For(user))
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, key, Context.ConnectionAborted).ConfigureAwait(false);
            }
        }

        await base.OnConnectedAsync().ConfigureAwait(false);
    }
}
