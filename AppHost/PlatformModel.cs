using RenminDaibiao.AppHost.Hosting;

namespace RenminDaibiao.AppHost;

/// <summary>
/// The application model: every resource and service and how they depend on each other. The
/// AppHost's Program and the end-to-end tests both start the platform from here.
/// </summary>
public static class PlatformModel
{
    /// <param name="seedDemoData">Whether services seed their demo data into empty databases.</param>
    public static DistributedApplicationBuilder Declare(DistributedApplicationOptions options, bool seedDemoData)
    {
        var builder = DistributedApplicationBuilder.Create(options);

        var postgres = builder.AddPostgres("postgres");
        var rabbitmq = builder.AddRabbitMQ("rabbitmq");
        var redis = builder.AddRedis("redis");
        var signingKey = builder.AddParameter("token-signing-key");

        ProjectResource Service(string name, string projectPath)
        {
            var database = postgres.AddDatabase($"{name}db");
            return builder.AddProject(name, projectPath)
                .WithReference(database)
                .WithReference(rabbitmq)
                .WithReference(redis)
                .WithEnvironment("Identity__SigningKey", signingKey)
                .WithEnvironment("Demo__Enabled", seedDemoData ? "true" : "false")
                .WaitFor(database)
                .WaitFor(rabbitmq)
                .WaitFor(redis)
                .WaitFor(signingKey);
        }

        var identity = Service("identity", "services/Identity/Identity.csproj");
        var deputies = Service("deputies", "services/Deputies/Deputies.csproj");
        var stations = Service("stations", "services/Stations/Stations.csproj");
        var suggestions = Service("suggestions", "services/Suggestions/Suggestions.csproj");
        var voting = Service("voting", "services/Voting/Voting.csproj");
        var notifications = Service("notifications", "services/Notifications/Notifications.csproj");

        // Synchronous questions to the service that owns the answer (no wait: each copes when the other is down).
        identity.WithReference(deputies).WithReference(suggestions);
        stations.WithReference(deputies);
        notifications.WithReference(stations);

        var gatewayPort = int.Parse(builder.Configuration["Gateway:Port"] ?? "8080", System.Globalization.CultureInfo.InvariantCulture);
        var gateway = builder.AddProject("gateway", "gateway/Gateway.csproj")
            .WithHttpEndpoint(gatewayPort)
            .WithReference(redis)
            .WithEnvironment("Identity__SigningKey", signingKey)
            .WaitFor(redis)
            .WaitFor(signingKey);
        foreach (var service in new[] { identity, deputies, stations, suggestions, voting, notifications })
        {
            gateway.WithReference(service).WaitFor(service);
        }

        return builder;
    }
}
