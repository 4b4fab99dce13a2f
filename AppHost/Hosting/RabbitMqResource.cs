using System.Globalization;
using System.Net.Sockets;

namespace RenminDaibiao.AppHost.Hosting;

/// <summary>
/// RabbitMQ from the system's binaries with the management plugin, its own node, ports and data
/// directory, and its own epmd (so no daemon outlives the AppHost); or an external broker.
/// </summary>
public sealed class RabbitMqResource : Resource, IResourceWithConnectionString
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string NodeName = "renmindaibiao@localhost";
    private readonly string? _externalConnectionString;
    private readonly int _port;
    private readonly int _managementPort;
    private readonly int _epmdPort;
    private readonly int _distributionPort;
    private ManagedProcess? _epmd;
    private ManagedProcess? _server;

    internal RabbitMqResource(string name, string? externalConnectionString)
        : base(name)
    {
        _externalConnectionString = externalConnectionString;
        if (externalConnectionString is null)
        {
            _port = FreePort.Next();
            _managementPort = FreePort.Next();
            _epmdPort = FreePort.Next();
            _distributionPort = FreePort.Next();
        }
    }

    public override string? Url => _externalConnectionString is null ? $"http://127.0.0.1:{_managementPort} (management)" : "(external)";

    public string ConnectionString => _externalConnectionString ?? $"amqp://guest:guest@127.0.0.1:{_port}/";

    internal override async Task StartAsync(HostingContext context, CancellationToken cancellationToken)
    {
        if (_externalConnectionString is not null)
        {
            State = ResourceState.External;
            return;
        }

        var root = Path.Combine(context.DataDirectory, Name);
        Directory.CreateDirectory(root);
        await WriteConfigurationAsync(root, cancellationToken).ConfigureAwait(false);
        var port = (int value) => value.ToString(CultureInfo.InvariantCulture);

        _epmd = ManagedProcess.Start(
            context, $"{Name}-epmd", "epmd", ["-port", port(_epmdPort), "-address", "127.0.0.1"],
            new Dictionary<string, string?>(), root);

        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = root, // the Erlang cookie lives here
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(root, "rabbitmq-env.conf"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(root, "rabbitmq.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(root, "enabled_plugins"),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(root, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(root, "log"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(root, "rabbitmq.pid"),
            ["RABBITMQ_DIST_PORT"] = port(_distributionPort),
            ["ERL_EPMD_PORT"] = port(_epmdPort),
        };
        _server = ManagedProcess.Start(context, Name, ServerScript, [], environment, root);
        await Health.WaitUntilAsync(Name, _server, () => AcceptsAmqpAsync(cancellationToken), TimeSpan.FromSeconds(90), cancellationToken)
            .ConfigureAwait(false);
        State = ResourceState.Running;
    }

    internal override async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }

        if (_epmd is not null)
        {
            await _epmd.DisposeAsync().ConfigureAwait(false);
            _epmd = null;
        }

        State = ResourceState.Stopped;
    }

    private async Task WriteConfigurationAsync(string root, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(Path.Combine(root, "rabbitmq-env.conf"), "", cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(root, "enabled_plugins"), "[rabbitmq_management].\n", cancellationToken)
            .ConfigureAwait(false);
        await File.WriteAllTextAsync(
            Path.Combine(root, "rabbitmq.conf"),
            $"""
            listeners.tcp.1 = 127.0.0.1:{_port}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {_managementPort}
            log.console = true
            log.console.level = warning
            log.file = false

            """,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Healthy once the broker answers the AMQP 0-9-1 protocol header with Connection.Start.</summary>
    private async Task<bool> AcceptsAmqpAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await client.ConnectAsync("127.0.0.1", _port, timeout.Token).ConfigureAwait(false);
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
