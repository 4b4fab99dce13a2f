using System.Globalization;
using System.Reflection;

namespace RenminDaibiao.AppHost.Hosting;

/// <summary>
/// A .NET project of the repository, started from its build output with the configuration Aspire
/// would inject, watched for health, and restarted when it crashes.
/// </summary>
public sealed class ProjectResource : Resource
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly HttpClient HealthClient = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Dictionary<string, Func<string>> _environment = new(StringComparer.Ordinal);
    private readonly List<string> _arguments = [];
    private readonly string _projectPath;
    private int _port;
    private string _host = "127.0.0.1";
    private ManagedProcess? _process;
    private CancellationTokenSource? _watch;

    internal ProjectResource(string name, string projectPath)
        : base(name)
    {
        _projectPath = projectPath;
        _port = FreePort.Next();
    }

    public override string? Url => $"http://{_host}:{_port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>How many times the AppHost restarted the project after it crashed.</summary>
    public int Restarts { get; private set; }

    /// <summary>A fixed port instead of a free one; 0 keeps a free one. Listens on localhost like Aspire's external endpoints.</summary>
    public ProjectResource WithHttpEndpoint(int port)
    {
        if (port != 0)
        {
            _port = port;
        }

        _host = "localhost";
        return this;
    }

    public ProjectResource WithReference(IResourceWithConnectionString resource)
    {
        _environment[$"ConnectionStrings__{resource.Name}"] = () => resource.ConnectionString;
        return this;
    }

    public ProjectResource WithReference(ProjectResource project)
    {
        _environment[$"services__{project.Name}__http__0"] = () => project.Url!;
        return this;
    }

    public ProjectResource WithEnvironment(string name, string value)
    {
        _environment[name] = () => value;
        return this;
    }

    public ProjectResource WithEnvironment(string name, ParameterResource parameter)
    {
        _environment[name] = () => parameter.Value;
        return this;
    }

    public ProjectResource WithArgs(params string[] arguments)
    {
        _arguments.AddRange(arguments);
        return this;
    }

    internal override async Task StartAsync(HostingContext context, CancellationToken cancellationToken)
    {
        var assembly = LocateAssembly(context);
        State = ResourceState.Starting;
        _process = Launch(context, assembly);
        await Health.WaitUntilAsync(Name, _process, () => IsHealthyAsync(cancellationToken), StartTimeout, cancellationToken)
            .ConfigureAwait(false);
        State = ResourceState.Running;
        _watch = new CancellationTokenSource();
        _ = WatchAsync(context, assembly, _watch.Token);
    }

    internal override async Task StopAsync()
    {
        if (_watch is not null)
        {
            await _watch.CancelAsync().ConfigureAwait(false);
            _watch.Dispose();
            _watch = null;
        }

        if (_process is not null)
        {
            await _process.DisposeAsync().ConfigureAwait(false);
            _process = null;
        }

        State = ResourceState.Stopped;
    }

    private ManagedProcess Launch(HostingContext context, string assembly)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = Url,
            ["ASPNETCORE_ENVIRONMENT"] = context.Configuration["Environment"] ?? "Development",
            ["DOTNET_ENVIRONMENT"] = context.Configuration["Environment"] ?? "Development",
            ["OTEL_SERVICE_NAME"] = Name,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = context.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"],
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in _environment)
        {
            environment[key] = value();
        }

        return ManagedProcess.Start(
            context, Name, "dotnet", [assembly, .. _arguments], environment, Path.GetDirectoryName(assembly)!);
    }

    private async Task WatchAsync(HostingContext context, string assembly, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested && _process is not null)
        {
            int exitCode;
            try
            {
                exitCode = await _process.Exited.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            State = ResourceState.Restarting;
            Restarts++;
            context.Log($"{Name} exited with code {exitCode}; restarting in {backoff.TotalSeconds:0} s (log: {context.LogDirectory}/{Name}.log)");
            try
            {
                await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
                await _process.DisposeAsync().ConfigureAwait(false);
                _process = Launch(context, assembly);
                await Health.WaitUntilAsync(Name, _process, () => IsHealthyAsync(cancellationToken), StartTimeout, cancellationToken)
                    .ConfigureAwait(false);
                State = ResourceState.Running;
                context.Log($"{Name} is running again");
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
            {
                backoff = TimeSpan.FromSeconds(Math.Min(backoff.TotalSeconds * 2, 30));
            }
        }
    }

    private async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await HealthClient.GetAsync(new Uri($"{Url}/health"), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }

    /// <summary>The project's build output for the configuration the AppHost itself was built in.</summary>
    private string LocateAssembly(HostingContext context)
    {
        var projectFile = Path.Combine(context.RepositoryRoot, _projectPath);
        var configuration = typeof(ProjectResource).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var projectName = Path.GetFileNameWithoutExtension(projectFile);
        var assembly = Path.Combine(
            Path.GetDirectoryName(projectFile)!, "bin", configuration, "net10.0", $"RenminDaibiao.{projectName}.dll");
        return File.Exists(assembly)
            ? assembly
            : throw new FileNotFoundException($"{Name}: {assembly} is missing; build the solution first (dotnet build).", assembly);
    }
}
