using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Infrastructure.Channels;

namespace RenminDaibiao.Notifications.Infrastructure;

/// <summary>
/// Sends pending deliveries whose time has come. Rows are claimed with one atomic UPDATE … FOR UPDATE SKIP
/// LOCKED that pushes their next attempt a lease ahead, so several instances never send the same row at once
/// and a crash mid-send only delays a retry. Each claimed delivery is sent on its own task with a timeout,
/// so a slow or failing channel never holds up another message; failures back off exponentially.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopeFactory,
    ChannelRegistry channels,
    CitizenContacts citizenContacts,
    DeliverySignal signal,
    TimeProvider clock,
    IOptions<NotificationsOptions> options,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    private const string ClaimSql =
        """
        UPDATE deliveries SET "NextAttemptAt" = {0}
        WHERE "Id" IN (
            SELECT "Id" FROM deliveries
            WHERE "Status" = 'pending' AND "NextAttemptAt" <= {1}
            ORDER BY "NextAttemptAt"
            LIMIT {2}
            FOR UPDATE SKIP LOCKED)
        RETURNING *
        """;

    private NotificationsOptions.DispatcherOptions Options => options.Value.Dispatcher;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            return;
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await DispatchDueAsync(stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (claimed < Options.BatchSize)
                {
                    await signal.WaitAsync(Options.PollInterval, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                LogPassFailed(logger, ex, failures);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures - 1))), stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and sends one batch; returns how many deliveries were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        List<Delivery> claimed;
        Dictionary<Guid, Notification> notifications;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsContext>();
            var now = clock.GetUtcNow();
            claimed = await db.Deliveries
                .FromSqlRaw(ClaimSql, (now + Options.Lease).ToUniversalTime(), now.ToUniversalTime(), Options.BatchSize)
                .IgnoreQueryFilters()
                .AsNoTracking()
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            if (claimed.Count == 0)
            {
                return 0;
            }

            var ids = claimed.Select(d => d.NotificationId).ToList();
            notifications = await db.Notifications.AsNoTracking()
                .Where(n => ids.Contains(n.Id))
                .ToDictionaryAsync(n => n.Id, cancellationToken)
                .ConfigureAwait(false);
        }

        await Task.WhenAll(claimed.Select(delivery => SendOneAsync(delivery, notifications[delivery.NotificationId], cancellationToken)))
            .ConfigureAwait(false);
        return claimed.Count;
    }

    private async Task SendOneAsync(Delivery delivery, Notification notification, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            var channel = channels.Find(delivery.Channel)
                ?? throw new InvalidOperationException($"No channel '{delivery.Channel}' is configured.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Options.SendTimeout);
            try
            {
                var address = await citizenContacts.AddressForAsync(delivery.RecipientKey, delivery.Address, timeout.Token).ConfigureAwait(false);
                await channel.SendAsync(
                    new OutgoingMessage(delivery.Id, notification.Id, notification.SourceEventId, delivery.Channel, delivery.RecipientKey,
                        address, notification.Kind, notification.Title, notification.Body, notification.CreatedAt, notification.TraceId,
                        notification.RecordKind, notification.RecordId, notification.PortalPath),
                    timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The {delivery.Channel} channel did not accept the message within {Options.SendTimeout}.");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the lease runs out and another pass (or instance) sends it.
            return;
        }
        catch (Exception ex)
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
            // The recipient key names no phone number; the address is never logged.
            LogSendFailed(logger, ex, delivery.Id, delivery.Channel, delivery.RecipientKey, delivery.Attempts + 1);
        }

        await RecordAsync(delivery.Id, error).ConfigureAwait(false);
    }

    private async Task RecordAsync(Guid deliveryId, string? error)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsContext>();
        var delivery = await db.Deliveries.IgnoreQueryFilters().SingleAsync(d => d.Id == deliveryId).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        if (error is null)
        {
            delivery.MarkSent(now);
        }
        else
        {
            delivery.MarkAttemptFailed(error, now, Options.MaxAttempts, Options.InitialBackoff, Options.MaxBackoff);
        }

        // Not cancellable: the outcome of a send that happened must be recorded even while stopping.
        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery pass failed ({Failures} in a row)")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} over {Channel} to {Recipient} failed, attempt {Attempt}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid deliveryId, string channel, string recipient, int attempt);
}
