using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RenminDaibiao.Contracts;

namespace RenminDaibiao.Messaging;

/// <summary>
/// A consumer whose effect happens at most once per message id, however often the message is
/// delivered. The inbox row and everything <see cref="HandleAsync"/> changes in <see cref="Db"/>
/// (including integration events added with <c>Db.AddIntegrationEvent</c>) commit in one
/// transaction; if the handler throws, nothing commits and a retry processes the message again.
/// Side effects outside the database are not covered: publish follow-up events through the outbox,
/// not through <paramref name="context"/>.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext> : IConsumer<TMessage>
    where TMessage : IntegrationEvent
    where TContext : DbContext
{
    protected IdempotentConsumer(TContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        Db = db;
    }

    protected TContext Db { get; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var messageId = context.MessageId ?? context.Message.Id;
        var consumer = GetType().FullName!;

        // Retrying strategies (EnableRetryOnFailure) only allow a user transaction inside ExecuteAsync.
        await Db.Database.CreateExecutionStrategy()
            .ExecuteAsync(() => ConsumeOnceAsync(context, messageId, consumer))
            .ConfigureAwait(false);
    }

    /// <summary>Applies the message's effect to <see cref="Db"/>; do not call SaveChanges or commit, the base class does.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context, CancellationToken ct);

    private async Task ConsumeOnceAsync(ConsumeContext<TMessage> context, Guid messageId, string consumer)
    {
        var ct = context.CancellationToken;

        // A retried attempt must not save entities left over from the failed one.
        Db.ChangeTracker.Clear();
        await using var transaction = await Db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);

        var inbox = Db.Set<InboxMessage>();
        if (await inbox.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, ct).ConfigureAwait(false))
        {
            return;
        }

        // Inserted before handling: a concurrent duplicate blocks on this key until we finish, then fails.
        inbox.Add(new InboxMessage(messageId, consumer, DateTimeOffset.UtcNow));
        try
        {
            await Db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another delivery of the same message committed first; the disposed transaction rolls back.
            Db.ChangeTracker.Clear();
            return;
        }

        await HandleAsync(context.Message, context, ct).ConfigureAwait(false);
        await Db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }
}
