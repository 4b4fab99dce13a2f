using Microsoft.Extensions.Configuration;

namespace RenminDaibiao.AppHost.Hosting;

public sealed class DistributedApplicationOptions
{
    public string[] Args { get; init; } = [];

    /// <summary>Where servers keep their data and processes their logs; default: .data in the repository.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Replaces the console for the AppHost's own output (tests keep it quiet).</summary>
    public TextWriter? Output { get; init; }
}

/// <summary>
/// Declares the application's resources the way Aspire's DistributedApplicationBuilder does, so the
/// model reads the same and the services receive the same configuration.
/// </summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];
    private readonly DistributedApplicationOptions _options;

    private DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        _options = options;
        RepositoryRoot = FindRepositoryRoot();
        Configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot, "AppHost", "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(options.Args)
            .Build();
        DataDirectory = Path.GetFullPath(options.DataDirectory ?? Configuration["DataDirectory"] ?? Path.Combine(RepositoryRoot, ".data"));
    }

    public IConfiguration Configuration { get; }

    public string RepositoryRoot { get; }

    public string DataDirectory { get; }

    public IReadOnlyList<Resource> Resources => _resources;

    public static DistributedApplicationBuilder Create(DistributedApplicationOptions options) => new(options);

    public PostgresServerResource AddPostgres(string name) => Add(new PostgresServerResource(name, External(name)));

    public RabbitMqResource AddRabbitMQ(string name) => Add(new RabbitMqResource(name, External(name)));

    public RedisResource AddRedis(string name) => Add(new RedisResource(name, External(name)));

    public ParameterResource AddParameter(string name) => Add(new ParameterResource(name));

    public ProjectResource AddProject(string name, string projectPath) => Add(new ProjectResource(name, projectPath));

    public DistributedApplication Build()
    {
        foreach (var server in _resources.OfType<PostgresServerResource>().ToList())
        {
            _resources.AddRange(server.Databases);
        }

        var context = new HostingContext(RepositoryRoot, DataDirectory, Configuration, _options.Output ?? Console.Out);
        return new DistributedApplication(context, _resources);
    }

    private T Add<T>(T resource)
        where T : Resource
    {
        if (_resources.Any(existing => existing.Name == resource.Name))
        {
            throw new InvalidOperationException($"a resource named {resource.Name} is already declared");
        }

        _resources.Add(resource);
        return resource;
    }

    /// <summary>A connection string in configuration turns a server into an external one (production).</summary>
    private string? External(string name) => Configuration.GetConnectionString(name);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RenminDaibiao.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RenminDaibiao.sln was not found above the AppHost's output directory.");
    }
}
