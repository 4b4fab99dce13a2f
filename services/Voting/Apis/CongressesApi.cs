using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

/// <summary>Read-only view of the congress replica: who would be snapshotted as voters if a vote opened now.</summary>
public static class CongressesApi
{
    public static IEndpointRouteBuilder MapCongressesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voting/congresses").WithTags("Congresses").RequireAuthorization();
        group.MapGet("/", ListAsync).WithSummary("人大届次列表(分页)");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("查看人大届次");
        return app;
    }

    public sealed record CongressResponse(Guid Id, string Name, string DivisionCode, string Level, int Term, int ServingDeputies);

    private static async Task<Results<Ok<PagedList<CongressResponse>>, ProblemHttpResult>> ListAsync(
        VotingContext db, string? divisionCode, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        DivisionCodes.Optional(divisionCode, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Congresses.AsNoTracking();
        if (divisionCode is not null)
        {
            query = query.Where(c => c.DivisionCode == divisionCode);
        }

        var congresses = await query
            .OrderBy(c => c.DivisionCode).ThenByDescending(c => c.Term).ThenBy(c => c.Id)
            .Select(c => new CongressResponse(
                c.Id, c.Name, c.DivisionCode, c.Level, c.Term,
                db.Seats.Count(s => s.CongressId == c.Id && s.Status == Seat.Serving)))
            .ToPageAsync(request, ct);
        return TypedResults.Ok(congresses);
    }

    private static async Task<Results<Ok<CongressResponse>, NotFound>> GetAsync(Guid id, VotingContext db, CancellationToken ct) =>
        await db.Congresses.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CongressResponse(
                c.Id, c.Name, c.DivisionCode, c.Level, c.Term,
                db.Seats.Count(s => s.CongressId == c.Id && s.Status == Seat.Serving)))
            .FirstOrDefaultAsync(ct) is { } congress
            ? TypedResults.Ok(congress)
            : TypedResults.NotFound();
}
