using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

/// <summary>
/// The deputies Stations has learnt from Deputies' events, as staff need them when assigning a deputy or addressing an
/// opinion: a deputy registered a moment ago is reachable here once the replica has caught up.
/// </summary>
public static class KnownDeputiesApi
{
    public static IEndpointRouteBuilder MapKnownDeputiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/stations/deputies").WithTags("Deputies")
            .MapGet("/{id:guid}", GetAsync).WithSummary("联络站所知的代表").RequireAuthorization(Policies.Staff);
        return app;
    }

    public sealed record KnownDeputyResponse(Guid Id, string Name, string DivisionCode, Guid? StationId, bool Serving);

    private static async Task<Results<Ok<KnownDeputyResponse>, ProblemHttpResult>> GetAsync(
        Guid id, StationsContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var deputy = await db.Deputies.AsNoTracking().FirstOrDefaultAsync(known => known.Id == id, cancellationToken);

        // Outside the caller's divisions the deputy is as unknown as one never announced.
        return deputy is not null && user.CanAccessDivision(deputy.DivisionCode)
            ? TypedResults.Ok(new KnownDeputyResponse(deputy.Id, deputy.Name, deputy.DivisionCode, deputy.StationId, deputy.IsServing))
            : Problems.NotFound();
    }
}
