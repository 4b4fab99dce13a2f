using System.Globalization;
using RenminDaibiao.Benchmarks;
using RenminDaibiao.TestSupport;

// Usage: dotnet run -c Release --project benchmarks [-- <events>]
var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;

var infrastructure = new InfrastructureFixture();
await infrastructure.InitializeAsync();
try
{
    Console.WriteLine($"Outbox relay, {events} events, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
    Console.Write(Measurement.Table(await OutboxBenchmark.RunAsync(infrastructure, events)));
}
finally
{
    await infrastructure.DisposeAsync();
}
