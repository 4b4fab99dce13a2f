using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.IntegrationEvents;

/// <summary>The replica updates the consumers apply; they add or change tracked rows and leave saving to the caller.</summary>
public static class Replica
{
    public static async Task ApplyAsync(VotingContext db, CongressDeclared message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var congress = await db.Congresses.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == message.CongressId, ct);
        if (congress is null)
        {
            db.Congresses.Add(new Congress(message.CongressId, message.Name, message.DivisionCode, message.Level, message.Term));
        }
        else
        {
            congress.Update(message.Name, message.DivisionCode, message.Level, message.Term);
        }
    }

    public static async Task ApplyAsync(VotingContext db, DeputySeatChanged message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var seat = await db.Seats.FirstOrDefaultAsync(s => s.CongressId == message.CongressId && s.DeputyId == message.DeputyId, ct);
        if (seat is null)
        {
            db.Seats.Add(new Seat(message.CongressId, message.DeputyId, message.Name, message.DivisionCode, message.Status));
        }
        else
        {
            seat.Update(message.Name, message.DivisionCode, message.Status);
        }
    }
}
