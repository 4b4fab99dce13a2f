namespace RenminDaibiao.AppHost.Hosting;

/// <summary>The life of a resource as the operator's table shows it.</summary>
public enum ResourceState
{
    Waiting,
    Starting,
    Running,
    Restarting,
    Failed,
    Stopped,
    External,
}

/// <summary>One thing the application model declares: a server, a database or a project.</summary>
public abstract class Resource(string name)
{
    private readonly List<Resource> _waitFor = [];

    public string Name { get; } = name;

    public ResourceState State { get; internal set; } = ResourceState.Waiting;

    /// <summary>Where an operator or a client reaches the resource, if anywhere.</summary>
    public abstract string? Url { get; }

    public IReadOnlyList<Resource> WaitsFor => _waitFor;

    internal void AddWaitFor(Resource resource)
    {
        if (!_waitFor.Contains(resource))
        {
            _waitFor.Add(resource);
        }
    }

    /// <summary>Starts the resource and returns once it is healthy.</summary>
    internal abstract Task StartAsync(HostingContext context, CancellationToken cancellationToken);

    internal abstract Task StopAsync();
}

/// <summary>A resource that clients reach through a connection string (Aspire's ConnectionStrings__name).</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    string ConnectionString { get; }
}

/// <summary>Fluent extensions that read like Aspire's application model.</summary>
public static class ResourceBuilderExtensions
{
    public static T WaitFor<T>(this T resource, Resource dependency)
        where T : Resource
    {
        resource.AddWaitFor(dependency);
        return resource;
    }
}
