using System.Globalization;
using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Aspire.Hosting.Eventing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace RenminDaibiao.Hosting;

/// <summary>A PostgreSQL server: local (from the system's binaries) or external; databases are added to it.</summary>
public interface IPostgresServerResource : IResourceWithConnectionString;

/// <summary>PostgreSQL 15 from Debian's binaries, run as the postgres user when the AppHost runs as root.</summary>
public sealed class LocalPostgresServerResource(string name, string command, string workingDirectory, int port, string password)
    : ExecutableResource(name, command, workingDirectory), IPostgresServerResource
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression { get; } =
        ReferenceExpression.Create($"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Password={password}");
}

public sealed class ExternalPostgresServerResource(string name, string connectionString)
    : ExternalServerResource(name, connectionString), IPostgresServerResource;

/// <summary>
/// One database of a server, created once the server is ready. Its state is published by the AppHost
/// (DCP does not give children of executables a lifecycle), so that services can WaitFor it.
/// </summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, IPostgresServerResource parent)
    : Resource(name), IResourceWithParent<IPostgresServerResource>, IResourceWithConnectionString
{
    public IPostgresServerResource Parent { get; } = parent;

    public string DatabaseName { get; } = databaseName;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}

public static class PostgresHostingExtensions
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string OsUser = "postgres";

    /// <summary>
    /// PostgreSQL from the system's binaries with its cluster under the data directory (initialised on first
    /// start by a one-shot initdb resource), or the external server that ConnectionStrings:{name} names.
    /// </summary>
    public static IResourceBuilder<IPostgresServerResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IResourceBuilder<IPostgresServerResource> server;
        if (LocalServers.TryGetExternal(builder, name, out var external))
        {
            server = builder.CreateResourceBuilder<IPostgresServerResource>(
                LocalServers.AddExternal(builder, new ExternalPostgresServerResource(name, external), "PostgreSQL (external)").Resource);
        }
        else
        {
            server = builder.CreateResourceBuilder<IPostgresServerResource>(AddLocal(builder, name).Resource);
        }

        builder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, async (ready, cancellationToken) =>
        {
            var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
            await CreateDatabasesAsync(builder, server.Resource, notifications, cancellationToken).ConfigureAwait(false);
        });
        builder.Eventing.Subscribe<ResourceStoppedEvent>(server.Resource, async (stopped, _) =>
        {
            var notifications = stopped.Services.GetRequiredService<ResourceNotificationService>();
            foreach (var database in Databases(builder, server.Resource))
            {
                await notifications.PublishUpdateAsync(database, state => state with
                {
                    State = KnownResourceStates.Finished,
                    StopTimeStamp = DateTime.UtcNow,
                }).ConfigureAwait(false);
            }
        });
        return server;
    }

    /// <summary>A database on the server, created when the server is ready; its connection string names it.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<IPostgresServerResource> server, string name, string? databaseName = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        var healthCheck = $"{name}_check";
        server.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
        {
            var connectionString = await database.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false);
            return await CanQueryAsync(connectionString!, cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"database {database.DatabaseName} does not answer");
        });
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new("postgres.database", database.DatabaseName)],
            })
            .WithHealthCheck(healthCheck);
    }

    private static IResourceBuilder<LocalPostgresServerResource> AddLocal(IDistributedApplicationBuilder builder, string name)
    {
        var root = Path.Combine(builder.DataDirectory(), name);
        var dataDirectory = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var password = LoadOrCreatePassword(root);
        PrepareOwnership(root);
        var port = LocalServers.FreePort();

        var (command, prefix) = AsPostgresUser(Path.Combine(BinDirectory, "postgres"));
        List<string> arguments =
        [
            .. prefix, "-D", dataDirectory, "-p", port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=400",
        ];
        if (builder.Configuration.GetValue<bool>(LocalServers.NoDurabilityKey))
        {
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        var healthCheck = $"{name}_check";
        var server = new LocalPostgresServerResource(name, command, root, port, password);
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
            await CanQueryAsync(await server.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false) ?? "", cancellationToken)
                .ConfigureAwait(false)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("PostgreSQL does not answer"));
        var resource = builder.AddResource(server)
            .WithArgs([.. arguments])
            .WithFixedTcpEndpoint("tcp", port)
            .WithHealthCheck(healthCheck);

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            // First start: a one-shot initdb that the server waits for.
            Directory.CreateDirectory(dataDirectory);
            PrepareOwnership(root);
            var (initCommand, initPrefix) = AsPostgresUser(Path.Combine(BinDirectory, "initdb"));
            var init = builder.AddExecutable(
                    $"{name}-init", initCommand, root,
                    [
                        .. initPrefix, "-D", dataDirectory, "-U", "postgres", "--auth=scram-sha-256",
                        $"--pwfile={Path.Combine(root, "password")}", "-E", "UTF8", "--locale=C.UTF-8",
                    ])
                .WithParentRelationship(resource);
            resource.WaitForCompletion(init);
        }

        return resource;
    }

    private static IEnumerable<PostgresDatabaseResource> Databases(IDistributedApplicationBuilder builder, IPostgresServerResource server) =>
        builder.Resources.OfType<PostgresDatabaseResource>().Where(database => ReferenceEquals(database.Parent, server));

    private static async Task CreateDatabasesAsync(
        IDistributedApplicationBuilder builder, IPostgresServerResource server, ResourceNotificationService notifications, CancellationToken cancellationToken)
    {
        var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var database in Databases(builder, server))
        {
            await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
            {
                exists.Parameters.AddWithValue("name", database.DatabaseName);
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
                {
                    // Identifiers cannot be parameters; database names come from the application model only.
                    await using var create = new NpgsqlCommand(
                        $"CREATE DATABASE \"{database.DatabaseName.Replace("\"", "", StringComparison.Ordinal)}\"", connection);
                    await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await notifications.PublishUpdateAsync(database, state => state with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
                StopTimeStamp = null,
            }).ConfigureAwait(false);
        }
    }

    private static async Task<bool> CanQueryAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString + ";Timeout=3;Pooling=false");
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>PostgreSQL refuses to run as root: as root, run it as the postgres user, as DCP's direct child.</summary>
    private static (string Command, string[] Prefix) AsPostgresUser(string program) =>
        LocalServers.IsRoot
            ? ("setpriv", [$"--reuid={OsUser}", $"--regid={OsUser}", "--init-groups", "--", program])
            : (program, []);

    private static string LoadOrCreatePassword(string root)
    {
        var passwordFile = Path.Combine(root, "password");
        if (File.Exists(passwordFile))
        {
            return File.ReadAllText(passwordFile).Trim();
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        File.WriteAllText(passwordFile, password);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }

    /// <summary>As root, the cluster's files belong to the postgres user and the directories above let it through.</summary>
    private static void PrepareOwnership(string root)
    {
        if (!LocalServers.IsRoot)
        {
            return;
        }

        Posix.ChangeOwnerRecursive(root, OsUser);
        Posix.AllowTraversalUpTo(root);
    }
}
