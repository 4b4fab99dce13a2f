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
    private readonly Dictionary<string, Func<HttpMessageHandler>> _otherServices = new(StringComparer.Ordinal);

    /// <summary>The service's clock; starts at the real time and moves only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string DatabaseConnectionString => infrastructure.PostgresConnectionString(_databaseName);

    public HttpClient CreateClient(TokenSubject subject) => CreateClient().WithToken(subject);

    /// <summary>
    /// Sends the calls this service makes to <paramref name="serviceName"/> (its service-discovery name and HTTP
    /// client name) to <paramref name="service"/>, another real service in process. Call before the first request.
    /// </summary>
    public void CallsGoTo<TOther>(string serviceName, WebApplicationFactory<TOther> service)
        where TOther : class =>
        _otherServices[serviceName] = () => service.Server.CreateHandler();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{databaseConnectionName}", DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", infrastructure.RabbitMqConnectionString);
        builder.UseSetting("ConnectionStrings:redis", infrastructure.RedisConnectionString);
        builder.UseSetting("Identity:SigningKey", TestTokens.SigningKey);
        foreach (var serviceName in _otherServices.Keys)
        {
            builder.UseSetting($"services:{serviceName}:http:0", "http://localhost");
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            foreach (var (serviceName, handler) in _otherServices)
            {
                services.AddHttpClient(serviceName).ConfigurePrimaryHttpMessageHandler(handler);
            }
        });
    }
}
