using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Domain;
using RenminDaibiao.Suggestions.Infrastructure;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>The registry of handling units (承办单位) and the per-congress handling rules, as the Deputies service declares them; committee staff manage the units.</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/suggestions/units").WithTags("Units").RequireAuthorization(SuggestionsServiceExtensions.ParticipantPolicy);
        units.MapGet("/", ListAsync).WithSummary("列出承办单位（分页）");
        units.MapGet("/{code}", GetAsync).WithSummary("查看承办单位");
        units.MapPost("/", CreateAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("登记承办单位");
        units.MapPut("/{code}", UpdateAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("修改承办单位");

        var congresses = app.MapGroup("/api/suggestions/congresses").WithTags("Congresses").RequireAuthorization(SuggestionsServiceExtensions.ParticipantPolicy);
        congresses.MapGet("/", ListCongressesAsync).WithSummary("列出各届人民代表大会及其办理规则（分页）");
        return app;
    }

    private static async Task<Results<Ok<PagedList<UnitDto>>, ProblemHttpResult>> ListAsync(
        SuggestionsContext db, bool? active, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Units.AsNoTracking();
        if (active is { } a)
        {
            query = query.Where(u => u.Active == a);
        }

        return TypedResults.Ok(await query.OrderBy(u => u.Code)
            .Select(u => new UnitDto(u.Code, u.Name, u.DivisionCode, u.ContactPerson, u.Active)).ToPageAsync(request, ct));
    }

    private static async Task<Results<Ok<PagedList<CongressDto>>, ProblemHttpResult>> ListCongressesAsync(
        SuggestionsContext db, string? divisionCode, int? page, int? pageSize, CancellationToken ct)
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

        return TypedResults.Ok(await query.OrderBy(c => c.DivisionCode).ThenBy(c => c.Term).ThenBy(c => c.Id)
            .Select(c => new CongressDto(c.Id, c.Name, c.DivisionCode, c.Level, c.Term, c.MotionMinimumCoSigners, c.SessionDeadlineDays, c.InterimDeadlineDays, c.Sessions))
            .ToPageAsync(request, ct));
    }

    private static async Task<Results<Ok<UnitDto>, ProblemHttpResult>> GetAsync(string code, SuggestionsContext db, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        return unit is null ? Problems.NotFound() : TypedResults.Ok(UnitDto.From(unit));
    }

    private static async Task<Results<Created<UnitDto>, ProblemHttpResult>> CreateAsync(UnitRequest request, SuggestionsContext db, CurrentUser user, CancellationToken ct)
    {
        var registered = HandlingUnit.Register(request.Code, request.Name, request.DivisionCode, request.ContactPerson);
        if (registered.Value is not { } unit)
        {
            return registered.ToProblem()!;
        }

        if (!user.CanAccessDivision(unit.DivisionCode))
        {
            return Problems.Forbidden("无权在该行政区划登记承办单位。");
        }

        if (await db.Units.IgnoreQueryFilters().AnyAsync(u => u.Code == unit.Code, ct))
        {
            return Problems.Conflict($"承办单位 {unit.Code} 已登记。");
        }

        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/suggestions/units/{unit.Code}", UnitDto.From(unit));
    }

    private static async Task<Results<Ok<UnitDto>, ProblemHttpResult>> UpdateAsync(string code, UnitRequest request, SuggestionsContext db, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == code, ct);
        if (unit is null)
        {
            return Problems.NotFound();
        }

        if (unit.Change(request.Code, request.DivisionCode, request.Name, request.ContactPerson, request.Active ?? unit.Active).ToProblem() is { } problem)
        {
            return problem;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(UnitDto.From(unit));
    }
}
