using MassTransit;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Messaging;
using RenminDaibiao.Suggestions.Domain;
using RenminDaibiao.Suggestions.Infrastructure;

namespace RenminDaibiao.Suggestions.IntegrationEvents;

/// <summary>Keeps the local congress table (motion co-signer minimum, deadlines, sessions) in step with the Deputies service.</summary>
public sealed class CongressDeclaredConsumer(SuggestionsContext db) : IdempotentConsumer<CongressDeclared, SuggestionsContext>(db)
{
    protected override async Task HandleAsync(CongressDeclared message, ConsumeContext<CongressDeclared> context, CancellationToken ct)
    {
        // An event published before congresses had sessions carries none.
        IReadOnlyList<Domain.CongressSession> sessions = [.. (message.Sessions ?? []).Select(session => new Domain.CongressSession(session.Number, session.StartsOn, session.EndsOn))];
        var congress = await Db.Congresses.FirstOrDefaultAsync(c => c.Id == message.CongressId, ct);
        if (congress is null)
        {
            Db.Congresses.Add(Congress.Declare(message.CongressId, message.Name, message.DivisionCode, message.Level, message.Term, message.MotionMinimumCoSigners,
                message.SessionSuggestionDeadlineDays, message.InterimSuggestionDeadlineDays, sessions));
        }
        else
        {
            congress.Update(message.Name, message.DivisionCode, message.Level, message.Term, message.MotionMinimumCoSigners,
                message.SessionSuggestionDeadlineDays, message.InterimSuggestionDeadlineDays, sessions);
        }
    }
}
