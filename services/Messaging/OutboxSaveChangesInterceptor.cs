using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RenminDaibiao.Primitives;

namespace RenminDaibiao.Messaging;

/// <summary>
/// Writes the events that tracked aggregates raised to the outbox, in the same SaveChanges (sync or async), and
/// signals the relay when a SaveChanges wrote outbox rows. Inside an explicit transaction the rows are invisible
/// to the relay until commit, so then the signal waits for the commit.
/// </summary>
public sealed class OutboxSaveChangesInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, State> states = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Track(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Track(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Track(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        DrainRaisedEvents(context);
        var writesOutbox = context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        states.GetOrCreateValue(context).Saving = writesOutbox;
    }

    private static void DrainRaisedEvents(DbContext context)
    {
        var sources = context.ChangeTracker.Entries<IRaisesIntegrationEvents>()
            .Select(entry => entry.Entity)
            .Where(source => source.PendingEvents.Count > 0)
            .ToList();
        foreach (var source in sources)
        {
            foreach (var integrationEvent in source.PendingEvents)
            {
                context.AddIntegrationEvent(integrationEvent);
            }

            source.ClearPendingEvents();
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !states.TryGetValue(context, out var state) || !state.Saving)
        {
            return;
        }

        state.Saving = false;
        if (context.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
        else
        {
            state.AwaitingCommit = true;
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && states.TryGetValue(context, out var state))
        {
            state.Saving = false;
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && states.TryGetValue(context, out var state) && state.AwaitingCommit)
        {
            state.AwaitingCommit = false;
            signal.Notify();
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null && states.TryGetValue(context, out var state))
        {
            state.AwaitingCommit = false;
        }
    }

    private sealed class State
    {
        public bool Saving { get; set; }

        public bool AwaitingCommit { get; set; }
    }
}
