using MassTransit;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Messaging;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.IntegrationEvents;

/// <summary>Fills the deputies' replica from a roll Deputies announced at once.</summary>
public sealed class DeputiesAnnouncedConsumer(StationsContext db) : IdempotentConsumer<DeputiesAnnounced, StationsContext>(db)
{
    protected override Task HandleAsync(DeputiesAnnounced message, ConsumeContext<DeputiesAnnounced> context, CancellationToken ct) =>
        DeputyReplica.ApplyAsync(Db, message, ct);
}
