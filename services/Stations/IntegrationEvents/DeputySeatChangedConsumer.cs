using MassTransit;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Messaging;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.IntegrationEvents;

/// <summary>Keeps the deputies' replica: whether each deputy still serves.</summary>
public sealed class DeputySeatChangedConsumer(StationsContext db) : IdempotentConsumer<DeputySeatChanged, StationsContext>(db)
{
    protected override Task HandleAsync(DeputySeatChanged message, ConsumeContext<DeputySeatChanged> context, CancellationToken ct) =>
        DeputyReplica.ApplyAsync(Db, message, ct);
}
