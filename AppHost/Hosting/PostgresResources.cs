using System.Security.Cryptography;
using Npgsql;

namespace RenminDaibiao.AppHost.Hosting;

/// <summary>
/// PostgreSQL from the system's binaries (initdb + postgres), data under the run's data directory,
/// or an external server when ConnectionStrings:{name} is configured.
/// </summary>
public sealed class PostgresServerResource : Resource, IResourceWithConnectionString
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string OsUser = "postgres";
    private readonly List<PostgresDatabaseResource> _databases = [];
    private readonly string? _externalConnectionString;
    private readonly int _port;
    private ManagedProcess? _process;
    private string _password = "";
    private bool _durable = true;

    internal PostgresServerResource(string name, string? externalConnectionString)
        : base(name)
    {
        _externalConnectionString = externalConnectionString;
        _port = externalConnectionString is null ? FreePort.Next() : 0;
    }

    public override string? Url => _externalConnectionString is null ? $"postgresql://127.0.0.1:{_port}" : "(external)";

    public string ConnectionString => _externalConnectionString
        ?? $"Host=127.0.0.1;Port={_port};Username=postgres;Password={_password}";

    public IReadOnlyList<PostgresDatabaseResource> Databases => _databases;

    public PostgresDatabaseResource AddDatabase(string name)
    {
        var database = new PostgresDatabaseResource(name, this);
        _databases.Add(database);
        return database;
    }

    /// <summary>Trades crash safety for speed: for throw-away test data only.</summary>
    public PostgresServerResource WithoutDurability()
    {
        _durable = false;
        return this;
    }

    internal override async Task StartAsync(HostingContext context, CancellationToken cancellationToken)
    {
        if (_externalConnectionString is not null)
        {
            State = ResourceState.External;
        }
        else
        {
            var root = Path.Combine(context.DataDirectory, Name);
            var dataDirectory = Path.Combine(root, "data");
            _password = await LoadOrCreatePasswordAsync(root, cancellationToken).ConfigureAwait(false);
            if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
            {
                await InitializeAsync(context, root, dataDirectory, cancellationToken).ConfigureAwait(false);
            }

            PrepareOwnership(root);
            List<string> arguments =
            [
                "-D", dataDirectory, "-p", _port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=400",
            ];
            if (!_durable)
            {
                arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
            }

            _process = ManagedProcess.Start(
                context, Name, Path.Combine(BinDirectory, "postgres"), arguments,
                new Dictionary<string, string?>(), root, NativeMethods.IsRoot ? OsUser : null);
            await Health.WaitUntilAsync(Name, _process, () => CanQueryAsync(cancellationToken), TimeSpan.FromSeconds(60), cancellationToken)
                .ConfigureAwait(false);
        }

        await CreateDatabasesAsync(cancellationToken).ConfigureAwait(false);
        State = _externalConnectionString is null ? ResourceState.Running : ResourceState.External;
    }

    internal override async Task StopAsync()
    {
        if (_process is not null)
        {
            // SIGTERM is PostgreSQL's "smart" shutdown; the grace period covers its checkpoint.
            await _process.DisposeAsync().ConfigureAwait(false);
            _process = null;
        }

        State = ResourceState.Stopped;
    }

    private async Task<bool> CanQueryAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString + ";Timeout=3;Pooling=false");
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private async Task CreateDatabasesAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var database in _databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                // Identifiers cannot be parameters; database names come from the application model only.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            database.State = State == ResourceState.External ? ResourceState.External : ResourceState.Running;
        }
    }

    private static async Task<string> LoadOrCreatePasswordAsync(string root, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        var passwordFile = Path.Combine(root, "password");
        if (File.Exists(passwordFile))
        {
            return (await File.ReadAllTextAsync(passwordFile, cancellationToken).ConfigureAwait(false)).Trim();
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken).ConfigureAwait(false);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }

    private async Task InitializeAsync(HostingContext context, string root, string dataDirectory, CancellationToken cancellationToken)
    {
        context.Log($"{Name}: initialising a new cluster in {dataDirectory}");
        Directory.CreateDirectory(dataDirectory);
        var passwordFile = Path.Combine(root, "password");
        PrepareOwnership(root);
        await using var initdb = ManagedProcess.Start(
            context, $"{Name}-initdb", Path.Combine(BinDirectory, "initdb"),
            ["-D", dataDirectory, "-U", "postgres", "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8"],
            new Dictionary<string, string?>(), root, NativeMethods.IsRoot ? OsUser : null);
        var exitCode = await initdb.Exited.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"initdb failed with exit code {exitCode}:{Environment.NewLine}{initdb.Tail}");
        }
    }

    /// <summary>
    /// PostgreSQL refuses to run as root, so as root its files belong to the postgres user, and the
    /// directories above them must let that user through.
    /// </summary>
    private static void PrepareOwnership(string root)
    {
        if (!NativeMethods.IsRoot)
        {
            return;
        }

        Posix.ChangeOwnerRecursive(root, OsUser);
        Posix.AllowTraversalUpTo(root);
    }
}

/// <summary>One database on a PostgreSQL server; its connection string names the database.</summary>
public sealed class PostgresDatabaseResource : Resource, IResourceWithConnectionString
{
    internal PostgresDatabaseResource(string name, PostgresServerResource server)
        : base(name)
    {
        Server = server;
        AddWaitFor(server);
    }

    public PostgresServerResource Server { get; }

    public string DatabaseName => Name;

    public override string? Url => null;

    public string ConnectionString => $"{Server.ConnectionString};Database={DatabaseName}";

    // The server creates its databases once it is healthy.
    internal override Task StartAsync(HostingContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    internal override Task StopAsync()
    {
        State = ResourceState.Stopped;
        return Task.CompletedTask;
    }
}
