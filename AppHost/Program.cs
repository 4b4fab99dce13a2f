using Microsoft.Extensions.Configuration;
using RenminDaibiao.Hosting;

// --no-demo starts the platform without seeding the demo city into empty databases.
var builder = DistributedApplication.CreateBuilder([.. args.Select(arg => arg == "--no-demo" ? "--Demo:Enabled=false" : arg)]);
builder.AddResourceStateLog();

// Servers: local processes from Debian's binaries with data under .data/, or external ones given by
// ConnectionStrings__postgres / __rabbitmq / __redis (production).
var postgres = builder.AddLocalPostgres("postgres");
var rabbitmq = builder.AddLocalRabbitMQ("rabbitmq");
var redis = builder.AddLocalRedis("redis");

var identityDb = postgres.AddDatabase("identitydb");
var deputiesDb = postgres.AddDatabase("deputiesdb");
var stationsDb = postgres.AddDatabase("stationsdb");
var suggestionsDb = postgres.AddDatabase("suggestionsdb");
var votingDb = postgres.AddDatabase("votingdb");
var notificationsDb = postgres.AddDatabase("notificationsdb");

var signingKey = builder.AddPersistentSecret("token-signing-key");
var demo = builder.Configuration.GetValue("Demo:Enabled", defaultValue: true) ? "true" : "false";
var environment = builder.Environment.EnvironmentName;

// Every service owns one database; each gets the bus and Redis only where it uses them.
IResourceBuilder<ProjectResource> Service<TProject>(string name, IResourceBuilder<PostgresDatabaseResource> database)
    where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name)
        .WithHttpEndpoint()
        .WithHttpHealthCheck("/health")
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment)
        .WithEnvironment("Identity__SigningKey", signingKey)
        .WithEnvironment("Demo__Enabled", demo)
        .WithReference(database).WaitFor(database)
        .WithRestartOnFailure();

// Identity raises and consumes no event and caches nothing: its database is its only server.
var identity = Service<Projects.Identity>("identity", identityDb);
var deputies = Service<Projects.Deputies>("deputies", deputiesDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq);
// Stations: public rate limits in Redis.
var stations = Service<Projects.Stations>("stations", stationsDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq)
    .WithReference(redis).WaitFor(redis);
var suggestions = Service<Projects.Suggestions>("suggestions", suggestionsDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq);
var voting = Service<Projects.Voting>("voting", votingDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq);
// Notifications: the SignalR backplane in Redis.
var notifications = Service<Projects.Notifications>("notifications", notificationsDb)
    .WithReference(rabbitmq).WaitFor(rabbitmq)
    .WithReference(redis).WaitFor(redis);

// Synchronous questions to the service that owns the answer (no wait: each copes when the other is down).
identity.WithReference(deputies).WithReference(suggestions);
deputies.WithReference(identity);

// Stations keeps a replica of the deputies from Deputies' events: on a new broker its queues must be bound before
// Deputies announces its roll (the demo's at start-up), or the announcements find no queue and are gone.
deputies.WaitFor(stations);
notifications.WithReference(stations);

// The local SMS/WeChat/e-mail sink writes next to the other data (a test run's stays in its own directory).
notifications.WithEnvironment("Notifications__FileSinkDirectory", Path.Combine(builder.DataDirectory(), "outbox-files"));

// The only public entry, on Gateway:Port (default 8080; 0 picks a free port, for tests).
var gatewayPort = builder.Configuration.GetValue("Gateway:Port", 8080);
var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithHttpEndpoint(port: gatewayPort == 0 ? null : gatewayPort)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment)
    .WithEnvironment("Identity__SigningKey", signingKey)
    .WithRestartOnFailure();
foreach (var service in new[] { identity, deputies, stations, suggestions, voting, notifications })
{
    gateway.WithReference(service).WaitFor(service);
}

// The web portal, behind the gateway (which routes everything that is not /api/** to it); it calls only the gateway.
// Its sessions (the people's tokens) and the keys of its cookies live in Redis, shared by replicas and kept across restarts.
var portal = builder.AddProject<Projects.Portal>("portal")
    .WithHttpEndpoint()
    .WithHttpHealthCheck("/health")
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment)
    .WithEnvironment("Identity__SigningKey", signingKey)
    .WithReference(gateway)
    .WithReference(redis).WaitFor(redis)
    .WithRestartOnFailure();
gateway.WithReference(portal);

// The QR codes on deputies' cards and stations' signs open the portal's public pages at the gateway's address
// (a value, not a reference: neither service calls the gateway).
foreach (var issuer in new[] { deputies, stations })
{
    issuer.WithEnvironment(context => context.EnvironmentVariables["Portal__PublicUrl"] = gateway.GetEndpoint("http"));
}

await builder.Build().RunAsync();
