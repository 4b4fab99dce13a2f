using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace RenminDaibiao.Hosting;

/// <summary>Where local servers keep their data, and the ports they listen on.</summary>
public static class LocalServers
{
    /// <summary>Configuration key of the data root; default <c>.data</c> next to the AppHost project's folder (the repository root).</summary>
    public const string DataDirectoryKey = "DataDirectory";

    /// <summary>Configuration key that turns off fsync and friends: for throw-away test data only.</summary>
    public const string NoDurabilityKey = "LocalServers:NoDurability";

    private static readonly HashSet<int> Handed = [];

    /// <summary>The root of every local server's data (created if missing).</summary>
    public static string DataDirectory(this IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration[DataDirectoryKey];
        var directory = Path.GetFullPath(configured ?? Path.Combine(builder.AppHostDirectory, "..", ".data"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>
    /// A free loopback port, picked by the AppHost so that a server keeps it across restarts within a run
    /// (clients hold connection strings with it).
    /// </summary>
    public static int FreePort()
    {
        lock (Handed)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }

    internal static bool IsRoot => Environment.UserName == "root";

    internal static IResourceBuilder<T> WithFixedTcpEndpoint<T>(this IResourceBuilder<T> builder, string name, int port, string scheme = "tcp")
        where T : IResourceWithEndpoints =>
        builder.WithEndpoint(port: port, targetPort: port, scheme: scheme, name: name, isProxied: false);

    /// <summary>
    /// A server given by ConnectionStrings:{name} (production): no process is started, the resource is
    /// Running from the start and its connection string is the configured one.
    /// </summary>
    internal static bool TryGetExternal(IDistributedApplicationBuilder builder, string name, out string connectionString)
    {
        connectionString = builder.Configuration.GetConnectionString(name) ?? "";
        return connectionString.Length > 0;
    }

    internal static IResourceBuilder<T> AddExternal<T>(IDistributedApplicationBuilder builder, T resource, string resourceType)
        where T : ExternalServerResource =>
        builder.AddResource(resource)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = resourceType,
                State = KnownResourceStates.NotStarted,
                Properties = [],
            })
            .OnInitializeResource(async (server, initialize, cancellationToken) =>
            {
                await initialize.Eventing.PublishAsync(new BeforeResourceStartedEvent(server, initialize.Services), cancellationToken)
                    .ConfigureAwait(false);
                await initialize.Notifications.PublishUpdateAsync(server, state => state with
                {
                    State = KnownResourceStates.Running,
                    StartTimeStamp = DateTime.UtcNow,
                }).ConfigureAwait(false);
            });
}

/// <summary>An external server (managed PostgreSQL, a RabbitMQ cluster, …) known only by its connection string.</summary>
public class ExternalServerResource(string name, string connectionString) : Resource(name), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression { get; } = ReferenceExpression.Create($"{connectionString}");
}
