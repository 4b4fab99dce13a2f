using Microsoft.AspNetCore.Hosting;

namespace RenminDaibiao.TestSupport;

/// <summary>A service in process that seeds its demo city into its empty database, as the run command starts it.</summary>
public class DemoServiceFactory<TEntryPoint>(InfrastructureFixture infrastructure, string databaseConnectionName)
    : ServiceFactory<TEntryPoint>(infrastructure, databaseConnectionName)
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Enabled", "true");
    }
}
