using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

public static class StationsApi
{
    public static IEndpointRouteBuilder MapStationsApi(this IEndpointRouteBuilder endpoints)
    {
        // Every route of the service, so that a lost update anywhere answers 409 the same way.
        var app = endpoints.MapGroup("").AnswerLostUpdatesWithConflict();
        var stations = app.MapGroup("/api/stations/stations").WithTags("Stations");
        stations.MapGet("/", ListAsync).WithSummary("联络站、点、岗列表").RequireAuthorization();
        stations.MapGet("/{id:guid}", GetAsync).WithSummary("查看联络站").RequireAuthorization().WithName("GetStation");
        stations.MapPost("/", CreateAsync).WithSummary("新建联络站、点或岗").RequireAuthorization(Policies.Staff);
        stations.MapPut("/{id:guid}", UpdateAsync).WithSummary("修改联络站").RequireAuthorization(Policies.Staff);
        stations.MapDelete("/{id:guid}", DeleteAsync).WithSummary("删除联络站").RequireAuthorization(Policies.Staff);

        app.MapGroup("/api/stations/public").WithTags("Public").MapGet("/stations", ListPublicAsync).WithSummary("公开：联络站地图与信息").AllowAnonymous();

        app.MapStationQrApi();
        app.MapRosterApi();
        app.MapOpinionsApi();
        app.MapBookingsApi();
        app.MapHearingsApi();
        app.MapBulletinsApi();
        app.MapKnownDeputiesApi();
        return endpoints;
    }

    public sealed record StationRequest(
        string? Name,
        StationTier? Tier,
        Guid? ParentId,
        string? DivisionCode,
        string? Address,
        string? OpeningHours,
        string? Phone,
        SixHas? SixHas,
        IReadOnlyList<DeputyDraft>? Deputies)
    {
        public StationDraft ToDraft() => new(Name, Tier, ParentId, DivisionCode, Address, OpeningHours, Phone, SixHas, Deputies);
    }

    public sealed record DeputyResponse(Guid DeputyId, string Name, DeputyLevel? Level);

    public sealed record StationResponse(
        Guid Id,
        string Name,
        StationTier Tier,
        Guid? ParentId,
        string DivisionCode,
        string Address,
        string OpeningHours,
        string? Phone,
        SixHas SixHas,
        bool SixHasComplete,
        IReadOnlyList<DeputyResponse> Deputies)
    {
        public static StationResponse From(Station station) => new(
            station.Id, station.Name, station.Tier, station.ParentId, station.DivisionCode, station.Address, station.OpeningHours,
            station.Phone, station.SixHas, station.SixHas.Complete,
            [.. station.Deputies.Select(d => new DeputyResponse(d.DeputyId, d.Name, d.Level))]);
    }

    /// <summary>A station as a citizen sees it: name, address, hours and the deputies there; nothing internal.</summary>
    public sealed record PublicStationResponse(
        Guid Id,
        string Name,
        StationTier Tier,
        Guid? ParentId,
        string DivisionCode,
        string Address,
        string OpeningHours,
        string? Phone,
        IReadOnlyList<DeputyResponse> Deputies)
    {
        public static PublicStationResponse From(Station station) => new(
            station.Id, station.Name, station.Tier, station.ParentId, station.DivisionCode, station.Address, station.OpeningHours, station.Phone,
            [.. station.Deputies.Select(d => new DeputyResponse(d.DeputyId, d.Name, d.Level))]);
    }

    private static async Task<Results<Ok<PagedList<StationResponse>>, ProblemHttpResult>> ListAsync(
        StationsContext db, string? divisionCode, string? tier, Guid? parentId, Guid? deputyId, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var tierFilter = QueryEnum.Read<StationTier>(tier, "tier", "层级取值无效：station、point 或 post。", errors);

        if (!string.IsNullOrEmpty(divisionCode))
        {
            DivisionCodes.Require(divisionCode, errors);
        }

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Stations.AsNoTracking();
        if (!string.IsNullOrEmpty(divisionCode))
        {
            var prefix = DivisionCodes.ScopePrefix(divisionCode);
            query = query.Where(station => station.DivisionCode.StartsWith(prefix));
        }

        if (tierFilter is not null)
        {
            query = query.Where(station => station.Tier == tierFilter);
        }

        if (parentId is not null)
        {
            query = query.Where(station => station.ParentId == parentId);
        }

        var ordered = query.OrderBy(station => station.DivisionCode).ThenBy(station => station.Tier).ThenBy(station => station.Name).ThenBy(station => station.Id);
        if (deputyId is null)
        {
            return TypedResults.Ok((await ordered.ToPageAsync(pageRequest, cancellationToken)).Select(StationResponse.From));
        }

        // The deputies of a station are a JSON document; which hold a given deputy is decided here, not in SQL.
        var all = await ordered.ToListAsync(cancellationToken);
        return TypedResults.Ok(all.Where(station => station.Deputies.Any(d => d.DeputyId == deputyId)).Select(StationResponse.From).ToList().ToPage(pageRequest));
    }

    private static async Task<Results<Ok<StationResponse>, ProblemHttpResult>> GetAsync(Guid id, StationsContext db, CancellationToken cancellationToken) =>
        await db.Stations.AsNoTracking().FirstOrDefaultAsync(station => station.Id == id, cancellationToken) is { } station
            ? TypedResults.Ok(StationResponse.From(station))
            : Problems.NotFound();

    private static async Task<Results<CreatedAtRoute<StationResponse>, ProblemHttpResult>> CreateAsync(
        StationRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        Station? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Stations.FirstOrDefaultAsync(station => station.Id == parentId, cancellationToken);
        }

        var draft = request.ToDraft();
        var created = Station.Create(draft, parent, await db.KnownDeputiesAsync(Station.DeputyIdsOf(draft), cancellationToken), clock.GetUtcNow());
        if (created.Value is not { } station)
        {
            return created.ToProblem()!;
        }

        if (!user.CanAccessDivision(station.DivisionCode))
        {
            return Problems.OutsideDivision();
        }

        db.Stations.Add(station);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.CreatedAtRoute(StationResponse.From(station), "GetStation", new { id = station.Id });
    }

    private static async Task<Results<Ok<StationResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, StationRequest request, StationsContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (await db.Stations.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } station)
        {
            return Problems.NotFound();
        }

        if (request.DivisionCode is { } code && DivisionCodes.IsValid(code) && !user.CanAccessDivision(code))
        {
            return Problems.OutsideDivision();
        }

        var parent = station.ParentId is { } parentId
            ? await db.Stations.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == parentId, cancellationToken)
            : null;
        var draft = request.ToDraft();
        if (station.Update(draft, parent, await db.KnownDeputiesAsync(Station.DeputyIdsOf(draft), cancellationToken)).ToProblem() is { } refusal)
        {
            return refusal;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StationResponse.From(station));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, StationsContext db, CancellationToken cancellationToken)
    {
        if (await db.Stations.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } station)
        {
            return Problems.NotFound();
        }

        if (await db.Stations.IgnoreQueryFilters().AnyAsync(s => s.ParentId == id, cancellationToken))
        {
            return Problems.Conflict("该站点下还有下级站点，不能删除。");
        }

        if (await db.RosterEntries.IgnoreQueryFilters().AnyAsync(entry => entry.StationId == id, cancellationToken))
        {
            return Problems.Conflict("该站点已有排班，不能删除。");
        }

        db.Stations.Remove(station);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The stations a citizen can visit: name, address, hours and the deputies there; nothing internal.</summary>
    private static async Task<Results<Ok<PagedList<PublicStationResponse>>, ProblemHttpResult>> ListPublicAsync(
        StationsContext db, string? divisionCode, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (listQuery, refusal) = PublicListQuery.Read(divisionCode, page, pageSize);
        if (refusal is not null)
        {
            return refusal;
        }

        var prefix = listQuery.DivisionPrefix;
        var listed = await db.Stations.IgnoreQueryFilters().AsNoTracking()
            .Where(station => station.DivisionCode.StartsWith(prefix))
            .OrderBy(station => station.DivisionCode).ThenBy(station => station.Name).ThenBy(station => station.Id)
            .ToPageAsync(listQuery.Page, cancellationToken);
        return TypedResults.Ok(listed.Select(PublicStationResponse.From));
    }
}
