using MassTransit;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Messaging;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.IntegrationEvents;

/// <summary>Keeps the congress replica; an upsert, so a redelivered or repeated event changes nothing.</summary>
public sealed class CongressDeclaredConsumer(VotingContext db) : IdempotentConsumer<CongressDeclared, VotingContext>(db)
{
    protected override Task HandleAsync(CongressDeclared message, ConsumeContext<CongressDeclared> context, CancellationToken ct) =>
        Replica.ApplyAsync(Db, message, ct);
}
