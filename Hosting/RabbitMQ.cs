using System.Globalization;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RenminDaibiao.Hosting;

/// <summary>RabbitMQ 3.10 from Debian's binaries: one Erlang VM that stops on SIGTERM, with the management plugin.</summary>
public sealed class LocalRabbitMQServerResource(string name, string command, string workingDirectory, int port)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression { get; } =
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
}

public static class RabbitMQHostingExtensions
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>
    /// RabbitMQ with the management plugin and its own epmd, node name, ports and data under the data
    /// directory; or the external broker that ConnectionStrings:{name} names.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddLocalRabbitMQ(this IDistributedApplicationBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (LocalServers.TryGetExternal(builder, name, out var external))
        {
            return builder.CreateResourceBuilder<IResourceWithConnectionString>(
                LocalServers.AddExternal(builder, new ExternalServerResource(name, external), "RabbitMQ (external)").Resource);
        }

        var root = Path.Combine(builder.DataDirectory(), name);
        Directory.CreateDirectory(root);
        var port = LocalServers.FreePort();
        var managementPort = LocalServers.FreePort();
        var epmdPort = LocalServers.FreePort();
        var distributionPort = LocalServers.FreePort();
        WriteConfiguration(root, port, managementPort);
        string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

        // Its own epmd on a port of this run, so no daemon outlives the AppHost or is shared with another run.
        var epmdHealthCheck = $"{name}-epmd_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(epmdHealthCheck, async cancellationToken =>
            await AcceptsConnectionAsync(epmdPort, cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("epmd does not accept connections"));
        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", root, "-port", Text(epmdPort), "-address", "127.0.0.1")
            .WithFixedTcpEndpoint("tcp", epmdPort)
            .WithHealthCheck(epmdHealthCheck);

        var server = new LocalRabbitMQServerResource(name, ServerScript, root, port);
        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
            await AcceptsAmqpAsync(port, cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("RabbitMQ does not answer AMQP"));
        var rabbitmq = builder.AddResource(server)
            .WithFixedTcpEndpoint("tcp", port)
            .WithFixedTcpEndpoint("management", managementPort, "http")
            .WithEnvironment("HOME", root) // the Erlang cookie lives here
            .WithEnvironment("RUNNING_UNDER_SYSTEMD", "true") // one Erlang VM, which stops on SIGTERM
            .WithEnvironment("RABBITMQ_NODENAME", $"{name}@localhost")
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", Path.Combine(root, "rabbitmq-env.conf"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(root, "rabbitmq.conf"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(root, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(root, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(root, "log"))
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(root, "rabbitmq.pid"))
            .WithEnvironment("RABBITMQ_DIST_PORT", Text(distributionPort))
            .WithEnvironment("ERL_EPMD_PORT", Text(epmdPort))
            // Never start an epmd daemon of its own (it would outlive the AppHost): the epmd resource is the one.
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-start_epmd false")
            .WithHealthCheck(healthCheck)
            .WaitFor(epmd);
        epmd.WithParentRelationship(rabbitmq);
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(rabbitmq.Resource);
    }

    private static void WriteConfiguration(string root, int port, int managementPort)
    {
        File.WriteAllText(Path.Combine(root, "rabbitmq-env.conf"), "");
        File.WriteAllText(Path.Combine(root, "enabled_plugins"), "[rabbitmq_management].\n");
        File.WriteAllText(
            Path.Combine(root, "rabbitmq.conf"),
            $"""
            listeners.tcp.1 = 127.0.0.1:{port}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {managementPort}
            log.console = true
            log.console.level = warning
            log.file = false

            """);
    }

    private static async Task<bool> AcceptsConnectionAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await client.ConnectAsync("127.0.0.1", port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }

    /// <summary>Healthy once the broker answers the AMQP 0-9-1 protocol header with Connection.Start.</summary>
    private static async Task<bool> AcceptsAmqpAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await client.ConnectAsync("127.0.0.1", port, timeout.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), timeout.Token).ConfigureAwait(false);
            var frameType = new byte[1];
            var read = await stream.ReadAsync(frameType, timeout.Token).ConfigureAwait(false);
            return read == 1 && frameType[0] == 1;
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }
}
