using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Domain;
using RenminDaibiao.Suggestions.Infrastructure;

namespace RenminDaibiao.Suggestions.Apis;

public sealed record UnitRequest(string? Code, string? Name, string? DivisionCode, string? ContactPerson, bool? Active);

public sealed record UnitDto(string Code, string Name, string DivisionCode, string? ContactPerson, bool Active)
{
    public static UnitDto From(HandlingUnit unit) => new(unit.Code, unit.Name, unit.DivisionCode, unit.ContactPerson, unit.Active);
}

public sealed record CongressDeadlinesRequest(int? SessionDeadlineMonths, int? InterimDeadlineMonths);

public sealed record CongressDto(Guid Id, string Name, string DivisionCode, string Level, int Term, int MotionMinimumCoSigners, int SessionDeadlineMonths, int InterimDeadlineMonths)
{
    public static CongressDto From(Congress c) => new(c.Id, c.Name, c.DivisionCode, c.Level, c.Term, c.MotionMinimumCoSigners, c.SessionDeadlineMonths, c.InterimDeadlineMonths);
}

/// <summary>The registry of handling units (承办单位) and the per-congress handling rules; committee staff manage both.</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/suggestions/units").WithTags("Units").RequireAuthorization(SuggestionsServiceExtensions.ParticipantPolicy);
        units.MapGet("/", ListAsync);
        units.MapGet("/{code}", GetAsync);
        units.MapPost("/", CreateAsync).RequireAuthorization(Policies.CommitteeStaff);
        units.MapPut("/{code}", UpdateAsync).RequireAuthorization(Policies.CommitteeStaff);

        var congresses = app.MapGroup("/api/suggestions/congresses").WithTags("Congresses").RequireAuthorization(SuggestionsServiceExtensions.ParticipantPolicy);
        congresses.MapGet("/", async (SuggestionsContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Congresses.AsNoTracking().OrderBy(c => c.DivisionCode).ThenBy(c => c.Term).ToListAsync(ct)).Select(CongressDto.From)));
        congresses.MapPut("/{id:guid}/deadlines", ConfigureDeadlinesAsync).RequireAuthorization(Policies.CommitteeStaff);
        return app;
    }

    private static async Task<IResult> ListAsync(SuggestionsContext db, bool? active, CancellationToken ct)
    {
        var query = db.Units.AsNoTracking();
        if (active is { } a)
        {
            query = query.Where(u => u.Active == a);
        }

        return TypedResults.Ok((await query.OrderBy(u => u.Code).ToListAsync(ct)).Select(UnitDto.From));
    }

    private static async Task<IResult> GetAsync(string code, SuggestionsContext db, CancellationToken ct) =>
        await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct) is { } unit
            ? TypedResults.Ok(UnitDto.From(unit))
            : TypedResults.NotFound();

    private static async Task<IResult> CreateAsync(UnitRequest request, SuggestionsContext db, CurrentUser user, CancellationToken ct)
    {
        var (unit, result) = HandlingUnit.Register(request.Code, request.Name, request.DivisionCode, request.ContactPerson);
        if (unit is null)
        {
            return result.ToProblem();
        }

        if (!user.CanAccessDivision(unit.DivisionCode))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权在该行政区划登记承办单位");
        }

        if (await db.Units.IgnoreQueryFilters().AnyAsync(u => u.Code == unit.Code, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "单位代码已存在", detail: $"承办单位 {unit.Code} 已登记。");
        }

        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/suggestions/units/{unit.Code}", UnitDto.From(unit));
    }

    private static async Task<IResult> UpdateAsync(string code, UnitRequest request, SuggestionsContext db, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == code, ct);
        if (unit is null)
        {
            return TypedResults.NotFound();
        }

        var result = unit.Change(request.Code, request.DivisionCode, request.Name, request.ContactPerson, request.Active ?? unit.Active);
        if (!result.Succeeded)
        {
            return result.ToProblem();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(UnitDto.From(unit));
    }

    private static async Task<IResult> ConfigureDeadlinesAsync(Guid id, CongressDeadlinesRequest request, SuggestionsContext db, CancellationToken ct)
    {
        var congress = await db.Congresses.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (congress is null)
        {
            return TypedResults.NotFound();
        }

        var result = congress.ConfigureDeadlines(request.SessionDeadlineMonths, request.InterimDeadlineMonths);
        if (!result.Succeeded)
        {
            return result.ToProblem();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CongressDto.From(congress));
    }
}
