using MassTransit;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Messaging;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.IntegrationEvents;

/// <summary>The deputy rated the answer to a suggestion drafted from an opinion: the opinion waits for another answer or moves on.</summary>
public sealed class SuggestionRatedConsumer(StationsContext db, TimeProvider clock, ILogger<SuggestionRatedConsumer> logger)
    : IdempotentConsumer<SuggestionRated, StationsContext>(db)
{
    protected override async Task HandleAsync(SuggestionRated message, ConsumeContext<SuggestionRated> context, CancellationToken ct)
    {
        if (message.SourceOpinionId is not { } opinionId
            || await Db.Opinions.FirstOrDefaultAsync(o => o.Id == opinionId, ct) is not { } opinion)
        {
            return;
        }

        OpinionUpdates.Log(logger, opinion, opinion.RecordSuggestionRating(message.Rating, clock.GetUtcNow()));
    }
}
