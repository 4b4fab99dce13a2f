using Microsoft.Extensions.Configuration;

namespace RenminDaibiao.AppHost.Hosting;

/// <summary>What every resource needs to know about the run it belongs to.</summary>
internal sealed class HostingContext(string repositoryRoot, string dataDirectory, IConfiguration configuration, TextWriter console)
{
    public string RepositoryRoot { get; } = repositoryRoot;

    public string DataDirectory { get; } = dataDirectory;

    public IConfiguration Configuration { get; } = configuration;

    public TextWriter Console { get; } = console;

    /// <summary>
    /// Set in every process the AppHost starts, so that leftovers of a run can be found by the
    /// environment they carry (the orphan test relies on it).
    /// </summary>
    public const string InstanceVariable = "RENMINDAIBIAO_APPHOST_DATA";

    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    public void Log(string message) => Console.WriteLine($"[apphost {DateTime.Now:HH:mm:ss}] {message}");
}
