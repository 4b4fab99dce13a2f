using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Domain.Rules;

namespace RenminDaibiao.Notifications.Infrastructure;

/// <summary>
/// Fires persisted reminders that came due (by the injected <see cref="TimeProvider"/>), including those that
/// came due while the service was down. The state change (UPDATE … RETURNING over rows locked with SKIP LOCKED)
/// and the messages commit in one transaction, so each reminder fires exactly once across restarts and instances.
/// </summary>
public sealed partial class ReminderScheduler(
    IServiceScopeFactory scopeFactory,
    NotificationWriter writer,
    INotificationRule<Reminder> rule,
    DeliverySignal signal,
    TimeProvider clock,
    IOptions<NotificationsOptions> options,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    public const string ActivitySourceName = "RenminDaibiao.Notifications";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    private const string FireSql =
        """
        UPDATE reminders SET "State" = 'fired', "FiredAt" = {0}
        WHERE "Id" IN (
            SELECT "Id" FROM reminders
            WHERE "State" = 'pending' AND "FireAt" <= {0}
            ORDER BY "FireAt"
            LIMIT {1}
            FOR UPDATE SKIP LOCKED)
        RETURNING *
        """;

    private NotificationsOptions.SchedulerOptions Options => options.Value.Scheduler;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var fired = await FireDueAsync(stoppingToken).ConfigureAwait(false);
                if (fired < Options.BatchSize)
                {
                    await Task.Delay(Options.PollInterval, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, ex);
                try
                {
                    await Task.Delay(Options.PollInterval, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Fires one batch of due reminders; returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsContext>();
        var fired = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var now = clock.GetUtcNow().ToUniversalTime();
            var due = await db.Reminders
                .FromSqlRaw(FireSql, now, Options.BatchSize)
                .AsNoTracking()
                .ToListAsync(ct)
                .ConfigureAwait(false);
            foreach (var reminder in due)
            {
                using var activity = Source.StartActivity("fire reminder");
                activity?.SetTag("notifications.reminder.id", reminder.Id.ToString());
                activity?.SetTag("notifications.reminder.stage", reminder.Stage);
                await writer.AddAsync(db, reminder.Id, rule.Plan(reminder), Activity.Current?.TraceId.ToString(), ct).ConfigureAwait(false);
                LogFired(logger, reminder.Id, reminder.Stage, reminder.ItemKind, reminder.ItemId);
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return due.Count;
        }, cancellationToken).ConfigureAwait(false);

        if (fired > 0)
        {
            signal.Notify();
        }

        return fired;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {ReminderId} ({Stage}) for {ItemKind} {ItemId} fired")]
    private static partial void LogFired(ILogger logger, Guid reminderId, string stage, string itemKind, Guid itemId);
}
