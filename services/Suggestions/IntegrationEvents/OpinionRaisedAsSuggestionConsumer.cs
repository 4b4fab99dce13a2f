using MassTransit;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Suggestions.Domain;
using RenminDaibiao.Suggestions.Infrastructure;

namespace RenminDaibiao.Suggestions.IntegrationEvents;

/// <summary>A citizen opinion a deputy took up at a station becomes that deputy's draft suggestion, once.</summary>
public sealed class OpinionRaisedAsSuggestionConsumer(SuggestionsContext db, TimeProvider clock)
    : IdempotentConsumer<OpinionRaisedAsSuggestion, SuggestionsContext>(db)
{
    protected override async Task HandleAsync(OpinionRaisedAsSuggestion message, ConsumeContext<OpinionRaisedAsSuggestion> context, CancellationToken ct)
    {
        // The inbox stops redeliveries; this also stops a second event about the same opinion.
        if (!DivisionCodes.IsValid(message.DivisionCode)
            || await Db.Suggestions.AnyAsync(s => s.SourceOpinionId == message.OpinionId, ct))
        {
            return;
        }

        var suggestion = Suggestion.FromOpinion(
            message.OpinionId, message.TrackingCode, message.DeputyId, message.DeputyName, message.DivisionCode, message.Title, message.Body, message.Category, clock.GetUtcNow());
        var congress = await Db.Congresses.Where(c => c.DivisionCode == message.DivisionCode).OrderByDescending(c => c.Term).FirstOrDefaultAsync(ct);
        if (congress is not null)
        {
            suggestion.LinkCongress(congress.Id, congress.Term);
        }

        Db.Suggestions.Add(suggestion);
    }
}
