using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace RenminDaibiao.AppHost.Hosting;

/// <summary>Starts the declared resources in dependency order, reports them, and stops them all.</summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly HostingContext _context;
    private readonly IReadOnlyList<Resource> _resources;
    private bool _started;

    internal DistributedApplication(HostingContext context, IReadOnlyList<Resource> resources)
    {
        _context = context;
        _resources = resources;
    }

    public IReadOnlyList<Resource> Resources => _resources;

    public string DataDirectory => _context.DataDirectory;

    public T GetResource<T>(string name)
        where T : Resource =>
        _resources.OfType<T>().SingleOrDefault(resource => resource.Name == name)
        ?? throw new KeyNotFoundException($"no {typeof(T).Name} named {name}");

    /// <summary>Starts everything; each resource starts once all it waits for is healthy.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_context.DataDirectory);
        ManagedProcess.KillLeftovers(_context);
        _started = true;
        var started = new Dictionary<Resource, Task>();
        Task StartOne(Resource resource)
        {
            if (!started.TryGetValue(resource, out var task))
            {
                var dependencies = resource.WaitsFor.Select(StartOne).ToList();
                task = Task.Run(
                    async () =>
                    {
                        await Task.WhenAll(dependencies).ConfigureAwait(false);
                        _context.Log($"starting {resource.Name}");
                        await resource.StartAsync(_context, cancellationToken).ConfigureAwait(false);
                    },
                    cancellationToken);
                started[resource] = task;
            }

            return task;
        }

        var all = Task.WhenAll(_resources.Select(StartOne).ToList());
        try
        {
            await all.ConfigureAwait(false);
        }
        catch (Exception) when (all.Exception is { } failures)
        {
            foreach (var resource in _resources.Where(resource => started[resource].IsFaulted))
            {
                resource.State = ResourceState.Failed;
            }

            await StopAsync().ConfigureAwait(false);
            throw new InvalidOperationException(
                "the platform did not start: " + string.Join(Environment.NewLine, failures.InnerExceptions.Select(e => e.Message)),
                failures);
        }

        _context.Console.Write(DescribeResources());
    }

    /// <summary>Runs until Ctrl+C or SIGTERM, then stops every process it started.</summary>
    public async Task RunAsync()
    {
        using var stopping = new CancellationTokenSource();
        void RequestStop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stopping.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);
        try
        {
            await StartAsync(stopping.Token).ConfigureAwait(false);
            _context.Log("running; press Ctrl+C to stop");
            await Task.Delay(Timeout.Infinite, stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            _context.Log("stopping");
        }
        finally
        {
            await StopAsync().ConfigureAwait(false);
            _context.Log("stopped");
        }
    }

    /// <summary>Stops projects first, then the servers they use.</summary>
    public async Task StopAsync()
    {
        if (!_started)
        {
            return;
        }

        _started = false;
        await Task.WhenAll(_resources.OfType<ProjectResource>().Select(resource => resource.StopAsync())).ConfigureAwait(false);
        await Task.WhenAll(_resources.Where(resource => resource is not ProjectResource).Select(resource => resource.StopAsync()))
            .ConfigureAwait(false);
    }

    /// <summary>Stops one resource, as an operator would from the dashboard.</summary>
    public Task StopResourceAsync(string name) => GetResource<Resource>(name).StopAsync();

    /// <summary>Starts one stopped resource again on the same ports and data.</summary>
    public Task StartResourceAsync(string name, CancellationToken cancellationToken = default) =>
        GetResource<Resource>(name).StartAsync(_context, cancellationToken);

    public string DescribeResources()
    {
        var nameWidth = Math.Max(8, _resources.Max(resource => resource.Name.Length));
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"RESOURCE".PadRight(nameWidth)}  {"STATE",-10}  URL");
        foreach (var resource in _resources)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{resource.Name.PadRight(nameWidth)}  {resource.State,-10}  {resource.Url}");
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"data and logs: {_context.DataDirectory}");
        return table.ToString();
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
}
