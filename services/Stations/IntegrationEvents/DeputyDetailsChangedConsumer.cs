using MassTransit;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Messaging;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.IntegrationEvents;

/// <summary>Keeps the deputies' replica: name, division and the station Deputies assigns them to.</summary>
public sealed class DeputyDetailsChangedConsumer(StationsContext db) : IdempotentConsumer<DeputyDetailsChanged, StationsContext>(db)
{
    protected override Task HandleAsync(DeputyDetailsChanged message, ConsumeContext<DeputyDetailsChanged> context, CancellationToken ct) =>
        DeputyReplica.ApplyAsync(Db, message, ct);
}
