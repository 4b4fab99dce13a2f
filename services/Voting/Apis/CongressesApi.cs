using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

/// <summary>Read-only view of the congress replica: who would be snapshotted as voters if a vote opened now.</summary>
public static class CongressesApi
{
    public static IEndpointRouteBuilder MapCongressesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voting/congresses").WithTags("Congresses").RequireAuthorization();
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        return app;
    }

    public sealed record CongressResponse(Guid Id, string Name, string DivisionCode, string Level, int Term, int ServingDeputies);

    private static async Task<IResult> ListAsync(VotingContext db, CancellationToken ct)
    {
        var congresses = await db.Congresses.AsNoTracking()
            .OrderBy(c => c.DivisionCode).ThenByDescending(c => c.Term)
            .Select(c => new CongressResponse(
                c.Id, c.Name, c.DivisionCode, c.Level, c.Term,
                db.Seats.Count(s => s.CongressId == c.Id && s.Status == Seat.Serving)))
            .Take(500)
            .ToListAsync(ct);
        return TypedResults.Ok(congresses);
    }

    private static async Task<IResult> GetAsync(Guid id, VotingContext db, CancellationToken ct) =>
        await db.Congresses.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CongressResponse(
                c.Id, c.Name, c.DivisionCode, c.Level, c.Term,
                db.Seats.Count(s => s.CongressId == c.Id && s.Status == Seat.Serving)))
            .FirstOrDefaultAsync(ct) is { } congress
            ? TypedResults.Ok(congress)
            : TypedResults.NotFound();
}
