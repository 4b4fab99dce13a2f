using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RenminDaibiao.Hosting;

/// <summary>Redis 7 from Debian's binary, with an append-only file under the data directory.</summary>
public sealed class LocalRedisResource(string name, string command, string workingDirectory, int port)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression { get; } =
        ReferenceExpression.Create($"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
}

public static class RedisHostingExtensions
{
    /// <summary>Redis from the system's binary, or the external one that ConnectionStrings:{name} names.</summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddLocalRedis(this IDistributedApplicationBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (LocalServers.TryGetExternal(builder, name, out var external))
        {
            return builder.CreateResourceBuilder<IResourceWithConnectionString>(
                LocalServers.AddExternal(builder, new ExternalServerResource(name, external), "Redis (external)").Resource);
        }

        var root = Path.Combine(builder.DataDirectory(), name);
        Directory.CreateDirectory(root);
        var port = LocalServers.FreePort();
        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
            await AnswersPingAsync(port, cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Redis does not answer PING"));
        var redis = builder.AddResource(new LocalRedisResource(name, "redis-server", root, port))
            .WithArgs(WriteConfiguration(root, port))
            .WithFixedTcpEndpoint("tcp", port)
            .WithHealthCheck(healthCheck);
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(redis.Resource);
    }

    /// <summary>Append-only persistence, no snapshots, log to the console (the dashboard shows it).</summary>
    private static string WriteConfiguration(string root, int port)
    {
        var file = Path.Combine(root, "redis.conf");
        File.WriteAllText(
            file,
            $"""
            port {port.ToString(CultureInfo.InvariantCulture)}
            bind 127.0.0.1
            dir {root}
            appendonly yes
            save ""
            daemonize no
            logfile ""

            """);
        return file;
    }

    private static async Task<bool> AnswersPingAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await client.ConnectAsync("127.0.0.1", port, timeout.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token).ConfigureAwait(false);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }
}
