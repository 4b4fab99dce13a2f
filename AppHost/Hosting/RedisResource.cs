using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace RenminDaibiao.AppHost.Hosting;

/// <summary>Redis from the system's binary with an append-only file under the data directory; or an external one.</summary>
public sealed class RedisResource : Resource, IResourceWithConnectionString
{
    private readonly string? _externalConnectionString;
    private readonly int _port;
    private ManagedProcess? _process;

    internal RedisResource(string name, string? externalConnectionString)
        : base(name)
    {
        _externalConnectionString = externalConnectionString;
        _port = externalConnectionString is null ? FreePort.Next() : 0;
    }

    public override string? Url => _externalConnectionString is null ? $"redis://127.0.0.1:{_port}" : "(external)";

    public string ConnectionString => _externalConnectionString ?? $"127.0.0.1:{_port}";

    internal override async Task StartAsync(HostingContext context, CancellationToken cancellationToken)
    {
        if (_externalConnectionString is not null)
        {
            State = ResourceState.External;
            return;
        }

        var root = Path.Combine(context.DataDirectory, Name);
        Directory.CreateDirectory(root);
        _process = ManagedProcess.Start(
            context, Name, "redis-server",
            [
                "--port", _port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", root,
                "--appendonly", "yes", "--save", "", "--daemonize", "no", "--logfile", "",
            ],
            new Dictionary<string, string?>(), root);
        await Health.WaitUntilAsync(Name, _process, () => AnswersPingAsync(cancellationToken), TimeSpan.FromSeconds(30), cancellationToken)
            .ConfigureAwait(false);
        State = ResourceState.Running;
    }

    internal override async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync().ConfigureAwait(false);
            _process = null;
        }

        State = ResourceState.Stopped;
    }

    private async Task<bool> AnswersPingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", _port, cancellationToken).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException)
        {
            return false;
        }
    }
}
