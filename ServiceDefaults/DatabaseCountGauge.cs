using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// A business gauge whose value is a count in the service's own database (open opinions, overdue suggestions).
/// The count is taken in the background at start and then every <see cref="RefreshPeriod"/>: an observable
/// instrument's callback runs on the metrics exporter's thread and must not wait for a query.
/// </summary>
public sealed class DatabaseCountGauge<TContext> : BackgroundService
    where TContext : DbContext
{
    public static readonly TimeSpan RefreshPeriod = TimeSpan.FromSeconds(30);

    private readonly IServiceProvider _services;
    private readonly Func<TContext, DateTimeOffset, CancellationToken, Task<int>> _count;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly string _instrumentName;
    private int? _latest;

    public DatabaseCountGauge(
        IServiceProvider services, string meterName, string instrumentName, string description,
        Func<TContext, DateTimeOffset, CancellationToken, Task<int>> count)
    {
        _services = services;
        _count = count;
        _instrumentName = instrumentName;
        _clock = services.GetRequiredService<TimeProvider>();
        _logger = services.GetRequiredService<ILogger<DatabaseCountGauge<TContext>>>();
        services.GetRequiredService<IMeterFactory>().Create(meterName)
            .CreateObservableGauge(instrumentName, Observe, unit: "{item}", description: description);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshPeriod, _clock);
        do
        {
            try
            {
                await using var scope = _services.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<TContext>();
                _latest = await _count(context, _clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be down for a while; the gauge keeps its last value and the next tick tries again.
                _logger.LogWarning(exception, "Counting {Instrument} failed", _instrumentName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private IEnumerable<Measurement<int>> Observe() => _latest is { } latest ? [new Measurement<int>(latest)] : [];
}
