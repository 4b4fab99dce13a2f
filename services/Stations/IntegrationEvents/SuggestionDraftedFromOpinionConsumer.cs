using MassTransit;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Messaging;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.IntegrationEvents;

/// <summary>Suggestions drafted the suggestion an opinion became: the opinion records its id, linking the two both ways.</summary>
public sealed class SuggestionDraftedFromOpinionConsumer(StationsContext db, TimeProvider clock, ILogger<SuggestionDraftedFromOpinionConsumer> logger)
    : IdempotentConsumer<SuggestionDraftedFromOpinion, StationsContext>(db)
{
    protected override async Task HandleAsync(SuggestionDraftedFromOpinion message, ConsumeContext<SuggestionDraftedFromOpinion> context, CancellationToken ct)
    {
        if (await Db.Opinions.FirstOrDefaultAsync(o => o.Id == message.OpinionId, ct) is not { } opinion)
        {
            return;
        }

        OpinionUpdates.Log(logger, opinion, opinion.LinkSuggestion(message.SuggestionId, clock.GetUtcNow()));
    }
}
