using RenminDaibiao.AppHost.Hosting;

namespace RenminDaibiao.AppHost;

internal static class Program
{
    /// <summary>--no-demo starts the platform without seeding the demo city into empty databases.</summary>
    private const string NoDemo = "--no-demo";

    public static async Task Main(string[] args)
    {
        var options = new DistributedApplicationOptions { Args = [.. args.Where(arg => arg != NoDemo)] };
        await using var app = PlatformModel.Declare(options, seedDemoData: !args.Contains(NoDemo)).Build();
        await app.RunAsync();
    }
}
