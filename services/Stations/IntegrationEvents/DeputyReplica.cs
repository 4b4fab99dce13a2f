using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.IntegrationEvents;

/// <summary>The replica updates the consumers apply; they add or change tracked rows and leave saving to the caller.</summary>
public static class DeputyReplica
{
    public static async Task ApplyAsync(StationsContext db, DeputyDetailsChanged message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var deputy = await db.Deputies.FindAsync([message.DeputyId], ct);
        if (deputy is null)
        {
            db.Deputies.Add(new KnownDeputy(message.DeputyId, message.Name, message.DivisionCode, message.StationId));
        }
        else
        {
            deputy.FollowDetails(message.Name, message.DivisionCode, message.StationId);
        }
    }

    public static async Task ApplyAsync(StationsContext db, DeputySeatChanged message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var deputy = await db.Deputies.FindAsync([message.DeputyId], ct);
        if (deputy is null)
        {
            // The seat may arrive before the details: the station follows when they do.
            deputy = new KnownDeputy(message.DeputyId, message.Name, message.DivisionCode, null);
            db.Deputies.Add(deputy);
        }

        deputy.FollowSeat(message.CongressId, message.Name, message.DivisionCode, message.Status);
    }

    public static async Task ApplyAsync(StationsContext db, DeputiesAnnounced message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var ids = message.Deputies.Select(deputy => deputy.DeputyId).ToList();
        var known = await db.Deputies.Where(deputy => ids.Contains(deputy.Id)).ToDictionaryAsync(deputy => deputy.Id, ct);
        foreach (var announced in message.Deputies)
        {
            if (!known.TryGetValue(announced.DeputyId, out var deputy))
            {
                deputy = new KnownDeputy(announced.DeputyId, announced.Name, announced.DivisionCode, announced.StationId);
                db.Deputies.Add(deputy);
                known[deputy.Id] = deputy;
            }

            deputy.FollowRoll(announced.Name, announced.DivisionCode, announced.StationId, announced.ServingCongressIds);
        }
    }
}
