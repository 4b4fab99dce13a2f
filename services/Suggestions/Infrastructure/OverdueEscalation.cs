using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Infrastructure;

/// <summary>
/// Escalates answers that became overdue (超期), on the injected <see cref="TimeProvider"/>: each suggestion once a
/// round, its event written to the outbox in the same transaction. Two instances racing for one suggestion meet its
/// concurrency token; the loser leaves it to the winner.
/// </summary>
public sealed partial class OverdueEscalation(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<OverdueEscalationOptions> options, ILogger<OverdueEscalation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await EscalateDueAsync(stoppingToken) < options.Value.BatchSize)
                {
                    await Task.Delay(options.Value.Interval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or Npgsql.NpgsqlException)
            {
                // The database may be restarting; the next round tries again.
                LogFailed(logger, exception);
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
        }
    }

    /// <summary>Escalates one batch of overdue suggestions not escalated in their current round; returns how many.</summary>
    public async Task<int> EscalateDueAsync(CancellationToken ct)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SuggestionsContext>();
        var now = clock.GetUtcNow();

        // No user here: the division scope of a request does not apply to the service's own check.
        var due = await db.Suggestions.IgnoreQueryFilters()
            .Where(Suggestion.OverdueToEscalate(now))
            .OrderBy(s => s.DueAt).Take(options.Value.BatchSize)
            .AsSplitQuery().ToListAsync(ct);
        foreach (var suggestion in due)
        {
            suggestion.EscalateOverdue(now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0;
        }

        if (due.Count > 0)
        {
            LogEscalated(logger, due.Count);
        }

        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalated {Count} overdue suggestions")]
    private static partial void LogEscalated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overdue escalation failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
