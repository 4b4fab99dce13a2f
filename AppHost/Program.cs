using RenminDaibiao.AppHost;
using RenminDaibiao.AppHost.Hosting;

await using var app = PlatformModel.Declare(new DistributedApplicationOptions { Args = args }).Build();
await app.RunAsync();
