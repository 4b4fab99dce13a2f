using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RenminDaibiao.Messaging;

/// <summary>
/// Runs <see cref="OutboxProcessor{TContext}"/> for the life of the service: at once when a
/// SaveChanges signalled new rows, otherwise every poll interval, and with exponential backoff
/// while publishing or the database fails.
/// </summary>
public sealed partial class OutboxRelay<TContext>(
    OutboxProcessor<TContext> processor,
    OutboxSignal signal,
    IOptions<OutboxRelayOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await processor.RelayPendingAsync(stoppingToken).ConfigureAwait(false);
                failures = 0;

                // A full batch means more rows are probably waiting.
                if (published < options.Value.BatchSize)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var backoff = Backoff(failures);
                LogRelayFailed(logger, ex, failures, backoff);
                try
                {
                    await Task.Delay(backoff, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var initial = options.Value.InitialBackoff;
        var max = options.Value.MaxBackoff;
        var ticks = initial.Ticks * Math.Pow(2, Math.Min(failures - 1, 30));
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay pass failed ({Failures} in a row); retrying in {Backoff}")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception, int failures, TimeSpan backoff);
}
