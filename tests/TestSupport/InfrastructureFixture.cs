using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using RenminDaibiao.Hosting;
using Xunit;

namespace RenminDaibiao.TestSupport;

/// <summary>
/// Real PostgreSQL, RabbitMQ and Redis for a test assembly: the AppHost's own local server resources, started
/// by Aspire (DCP) into a throw-away data directory, or the external servers that ConnectionStrings__postgres,
/// __rabbitmq and __redis name.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly string _dataDirectory = TestDirectories.NewDataDirectory();
    private DistributedApplication? _app;
    private IResource? _rabbitmq;
    private IResource? _redis;
    private string? _postgresConnectionString;
    private string? _rabbitMqConnectionString;
    private string? _redisConnectionString;

    public string RabbitMqConnectionString => Started(_rabbitMqConnectionString);

    public string RedisConnectionString => Started(_redisConnectionString);

    /// <summary>A connection string to the named database, created on first use.</summary>
    public string PostgresConnectionString(string database)
    {
        var server = Started(_postgresConnectionString);
        using var connection = new NpgsqlConnection(server + ";Pooling=false");
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "", StringComparison.Ordinal)}\"", connection);
            create.ExecuteNonQuery();
        }

        return $"{server};Database={database}";
    }

    public async Task InitializeAsync()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = [$"--{LocalServers.DataDirectoryKey}={_dataDirectory}", $"--{LocalServers.NoDurabilityKey}=true"],
            DisableDashboard = true,
            // DCP's location is in this assembly's metadata (see TestSupport.csproj).
            AssemblyName = typeof(InfrastructureFixture).Assembly.GetName().Name,
        });
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var postgres = builder.AddLocalPostgres("postgres");
        var rabbitmq = builder.AddLocalRabbitMQ("rabbitmq");
        var redis = builder.AddLocalRedis("redis");
        (_rabbitmq, _redis) = (rabbitmq.Resource, redis.Resource);
        _app = builder.Build();

        using var timeout = new CancellationTokenSource(StartTimeout);
        await _app.StartAsync(timeout.Token);
        var notifications = _app.Services.GetRequiredService<ResourceNotificationService>();
        await Task.WhenAll(
            notifications.WaitForResourceHealthyAsync(postgres.Resource.Name, timeout.Token),
            notifications.WaitForResourceHealthyAsync(rabbitmq.Resource.Name, timeout.Token),
            notifications.WaitForResourceHealthyAsync(redis.Resource.Name, timeout.Token));
        _postgresConnectionString = await postgres.Resource.ConnectionStringExpression.GetValueAsync(timeout.Token);
        _rabbitMqConnectionString = await rabbitmq.Resource.ConnectionStringExpression.GetValueAsync(timeout.Token);
        _redisConnectionString = await redis.Resource.ConnectionStringExpression.GetValueAsync(timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        TestDirectories.Delete(_dataDirectory);
    }

    /// <summary>Stops RabbitMQ, as a broker outage would.</summary>
    public Task StopRabbitMqAsync() => StopAsync(Started(_rabbitmq));

    public Task StartRabbitMqAsync() => StartAsync(Started(_rabbitmq));

    /// <summary>Stops Redis, as an outage would; the same port comes back with <see cref="StartRedisAsync"/>.</summary>
    public Task StopRedisAsync() => StopAsync(Started(_redis));

    public Task StartRedisAsync() => StartAsync(Started(_redis));

    private Task StopAsync(IResource resource) => ResourceControl.StopAsync(Started(_app), resource);

    private Task StartAsync(IResource resource) => ResourceControl.StartAsync(Started(_app), resource);

    private static T Started<T>(T? value)
        where T : class =>
        value ?? throw new InvalidOperationException("the infrastructure fixture has not started");
}

/// <summary>Stops and starts a resource of a running application, as an operator does from the dashboard.</summary>
public static class ResourceControl
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task StopAsync(DistributedApplication app, IResource resource)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(resource);
        using var timeout = new CancellationTokenSource(Timeout);
        var commands = app.Services.GetRequiredService<ResourceCommandService>();
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();

        // On a loaded machine the orchestrator now and then reports a stop as failed while the process is still going
        // down; the operator's answer is to look again and press stop once more.
        var result = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand, timeout.Token);
        for (var attempt = 1; !result.Success && attempt < 3 && !await HasStoppedAsync(notifications, resource); attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), timeout.Token);
            result = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand, timeout.Token);
        }

        Assert.True(result.Success || await HasStoppedAsync(notifications, resource), $"stopping {resource.Name}: {result.Message}");
        await notifications.WaitForResourceAsync(resource.Name, KnownResourceStates.TerminalStates, timeout.Token);
    }

    private static async Task<bool> HasStoppedAsync(ResourceNotificationService notifications, IResource resource)
    {
        using var look = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await notifications.WaitForResourceAsync(resource.Name, KnownResourceStates.TerminalStates, look.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static async Task StartAsync(DistributedApplication app, IResource resource)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var timeout = new CancellationTokenSource(Timeout);
        var result = await app.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand, timeout.Token);
        Assert.True(result.Success, $"starting {resource.Name}: {result.Message}");
        await app.Services.GetRequiredService<ResourceNotificationService>()
            .WaitForResourceHealthyAsync(resource.Name, WaitBehavior.WaitOnResourceUnavailable, timeout.Token);
    }
}
