using Npgsql;
using RenminDaibiao.AppHost.Hosting;
using Xunit;

namespace RenminDaibiao.TestSupport;

/// <summary>
/// Real PostgreSQL, RabbitMQ and Redis for a test assembly, started by the AppHost's own resource
/// code into a throw-away data directory (or the external servers that ConnectionStrings__postgres,
/// __rabbitmq and __redis name).
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = TestDirectories.NewDataDirectory();
    private DistributedApplication? _app;
    private PostgresServerResource? _postgres;
    private RabbitMqResource? _rabbitmq;
    private RedisResource? _redis;

    public string RabbitMqConnectionString => Started(_rabbitmq).ConnectionString;

    public string RedisConnectionString => Started(_redis).ConnectionString;

    /// <summary>A connection string to the named database, created on first use.</summary>
    public string PostgresConnectionString(string database)
    {
        var server = Started(_postgres);
        using var connection = new NpgsqlConnection(server.ConnectionString + ";Pooling=false");
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "", StringComparison.Ordinal)}\"", connection);
            create.ExecuteNonQuery();
        }

        return $"{server.ConnectionString};Database={database}";
    }

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationBuilder.Create(new DistributedApplicationOptions
        {
            DataDirectory = _dataDirectory,
            Output = TextWriter.Null,
        });
        _postgres = builder.AddPostgres("postgres").WithoutDurability();
        _rabbitmq = builder.AddRabbitMQ("rabbitmq");
        _redis = builder.AddRedis("redis");
        _app = builder.Build();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        TestDirectories.Delete(_dataDirectory);
    }

    /// <summary>Stops RabbitMQ, as a broker outage would.</summary>
    public Task StopRabbitMqAsync() => _app!.StopResourceAsync("rabbitmq");

    public Task StartRabbitMqAsync() => _app!.StartResourceAsync("rabbitmq");

    /// <summary>Stops Redis, as an outage would; the same port comes back with <see cref="StartRedisAsync"/>.</summary>
    public Task StopRedisAsync() => _app!.StopResourceAsync("redis");

    public Task StartRedisAsync() => _app!.StartResourceAsync("redis");

    private static T Started<T>(T? resource)
        where T : class =>
        resource ?? throw new InvalidOperationException("the infrastructure fixture has not started");
}
