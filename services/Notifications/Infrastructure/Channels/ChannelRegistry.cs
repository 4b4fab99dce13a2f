namespace RenminDaibiao.Notifications.Infrastructure.Channels;

/// <summary>The configured channel for each name.</summary>
public sealed class ChannelRegistry(IEnumerable<INotificationChannel> channels)
{
    // The last registration of a name wins, so a test or a deployment can replace a provider.
    private readonly Dictionary<string, INotificationChannel> _channels =
        channels.GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public INotificationChannel? Find(string name) => _channels.GetValueOrDefault(name);
}
