using MassTransit;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Messaging;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.IntegrationEvents;

/// <summary>The unit answered a suggestion drafted from an opinion: the answer becomes the citizen's feedback.</summary>
public sealed class SuggestionAnsweredConsumer(StationsContext db, TimeProvider clock, ILogger<SuggestionAnsweredConsumer> logger)
    : IdempotentConsumer<SuggestionAnswered, StationsContext>(db)
{
    protected override async Task HandleAsync(SuggestionAnswered message, ConsumeContext<SuggestionAnswered> context, CancellationToken ct)
    {
        if (message.SourceOpinionId is not { } opinionId
            || await Db.Opinions.FirstOrDefaultAsync(o => o.Id == opinionId, ct) is not { } opinion)
        {
            return;
        }

        OpinionUpdates.Log(logger, opinion, opinion.RecordSuggestionAnswer(message.Content, message.Round, clock.GetUtcNow()));
    }
}
