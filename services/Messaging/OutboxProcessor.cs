using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RenminDaibiao.Messaging;

/// <summary>
/// One pass of the outbox relay: publishes unsent rows oldest first and marks each sent only after
/// the broker confirmed it.
/// </summary>
public sealed partial class OutboxProcessor<TContext>(
    IServiceScopeFactory scopeFactory,
    IIntegrationEventPublisher publisher,
    IOptions<OutboxRelayOptions> options,
    ILogger<OutboxProcessor<TContext>> logger)
    where TContext : DbContext
{
    private string? pendingSql;

    /// <summary>
    /// Publishes one batch of unsent rows and returns how many were published. Rows are locked
    /// with FOR UPDATE SKIP LOCKED, so concurrent instances never publish the same row at once.
    /// The first row that fails to publish keeps its place: its attempt is recorded, the rest of
    /// the batch waits, and the publisher's exception is rethrown so the caller can back off.
    /// </summary>
    public async Task<int> RelayPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        // Retrying strategies (EnableRetryOnFailure) only allow a user transaction inside ExecuteAsync.
        var (published, failure) = await db.Database.CreateExecutionStrategy()
            .ExecuteAsync(() => RelayBatchAsync(db, cancellationToken))
            .ConfigureAwait(false);

        // Rethrown outside the strategy so that a broker failure is never mistaken for a transient database one.
        failure?.Throw();
        return published;
    }

    private async Task<(int Published, ExceptionDispatchInfo? Failure)> RelayBatchAsync(TContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var batch = await db.Set<OutboxMessage>()
            .FromSqlRaw(pendingSql ??= BuildPendingSql(db.Model), options.Value.BatchSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var published = 0;
        ExceptionDispatchInfo? failure = null;
        foreach (var message in batch)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await PublishAsync(message, cancellationToken).ConfigureAwait(false);
                message.SentAt = DateTimeOffset.UtcNow;
                published++;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutting down; whether the broker got it is unknown, so it stays unsent (consumers deduplicate).
                break;
            }
            catch (Exception ex)
            {
                message.Attempts++;
                message.LastError = $"{ex.GetType().FullName}: {ex.Message}";
                LogPublishFailed(logger, ex, message.Id, message.Type, message.Attempts);
                failure = ExceptionDispatchInfo.Capture(ex);
                break;
            }
        }

        // Not cancellable: rows the broker already confirmed must be recorded even while stopping.
        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return (published, failure);
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var integrationEvent = IntegrationEventSerializer.Deserialize(message.Type, message.Payload);

        // Continues the trace of the request that raised the event; MassTransit's send activity
        // becomes its child and carries the trace id to the consumer.
        using var activity = MessagingDiagnostics.ActivitySource.StartActivity("outbox relay", ActivityKind.Internal, message.TraceParent);
        activity?.SetTag("messaging.message.id", message.Id.ToString());
        activity?.SetTag("messaging.message.type", message.Type);

        var timeout = options.Value.PublishTimeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await publisher.PublishAsync(integrationEvent, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeoutSource.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "timeout");
            throw new TimeoutException($"The broker did not confirm message {message.Id} within {timeout}.");
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }

    /// <summary>
    /// EF has no LINQ for row locks, so the query is SQL; names come from the model so that the
    /// service's naming conventions and default schema are respected.
    /// </summary>
    private static string BuildPendingSql(IModel model)
    {
        var entity = model.FindEntityType(typeof(OutboxMessage))
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} does not map the outbox; call modelBuilder.AddOutboxAndInbox() in OnModelCreating.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var tableName = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";

        string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName(table)!);

        return $"SELECT * FROM {tableName} WHERE {Column(nameof(OutboxMessage.SentAt))} IS NULL "
            + $"ORDER BY {Column(nameof(OutboxMessage.CreatedAt))}, {Column(nameof(OutboxMessage.Id))} "
            + "LIMIT {0} FOR UPDATE SKIP LOCKED";
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({MessageType}) failed, attempt {Attempts}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid messageId, string messageType, int attempts);
}
