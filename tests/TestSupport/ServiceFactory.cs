using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.TestSupport;

/// <summary>
/// One service in process against the fixture's real PostgreSQL, RabbitMQ and Redis, configured the way
/// the AppHost configures it. Each factory gets its own database, so test classes do not see each other's rows.
/// </summary>
public class ServiceFactory<TEntryPoint>(InfrastructureFixture infrastructure, string databaseConnectionName)
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private readonly string _databaseName = $"{databaseConnectionName}_{Guid.NewGuid():N}"[..40];

    /// <summary>The service's clock; starts at the real time and moves only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string DatabaseConnectionString => infrastructure.PostgresConnectionString(_databaseName);

    public HttpClient CreateClient(TokenSubject subject) => CreateClient().WithToken(subject);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{databaseConnectionName}", DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", infrastructure.RabbitMqConnectionString);
        builder.UseSetting("ConnectionStrings:redis", infrastructure.RedisConnectionString);
        builder.UseSetting("Identity:SigningKey", TestTokens.SigningKey);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
