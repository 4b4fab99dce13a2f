using MassTransit;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Messaging;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.IntegrationEvents;

/// <summary>Keeps the seat replica (who serves in which congress), from which a vote's voters are snapshotted.</summary>
public sealed class DeputySeatChangedConsumer(VotingContext db) : IdempotentConsumer<DeputySeatChanged, VotingContext>(db)
{
    protected override Task HandleAsync(DeputySeatChanged message, ConsumeContext<DeputySeatChanged> context, CancellationToken ct) =>
        Replica.ApplyAsync(Db, message, ct);
}
