using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

public static class CongressesApi
{
    private static readonly string[] Sorts = ["name", "term", "startYear", "level", "divisionCode"];

    public static RouteGroupBuilder MapCongressesApi(this RouteGroupBuilder api)
    {
        var congresses = api.MapGroup("/congresses").WithTags("Congresses");
        congresses.MapGet("/", ListAsync).WithSummary("人大届次列表");
        congresses.MapGet("/{id:guid}", GetAsync).WithSummary("人大届次详情（含积分规则）");
        congresses.MapPost("/", CreateAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("设立一届人大");
        congresses.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("修改人大届次与积分规则");
        congresses.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("删除没有代表席位的人大届次");
        return api;
    }

    public sealed record CongressResponse(
        Guid Id,
        string DivisionCode,
        string Level,
        int Term,
        string Name,
        int StartYear,
        int EndYear,
        int MotionMinimumCoSigners,
        int SessionSuggestionDeadlineDays,
        int InterimSuggestionDeadlineDays,
        IReadOnlyList<PointsRuleResponse> PointsRules,
        IReadOnlyList<CongressSession> Sessions)
    {
        public static CongressResponse From(Congress congress) => new(
            congress.Id, congress.DivisionCode, congress.Level, congress.Term, congress.Name, congress.StartYear, congress.EndYear,
            congress.MotionMinimumCoSigners, congress.SessionSuggestionDeadlineDays, congress.InterimSuggestionDeadlineDays,
            [.. DutyKinds.All.Select(kind => congress.RuleFor(kind)).Select(rule => new PointsRuleResponse(rule.Kind, DutyKinds.Label(rule.Kind), rule.Points, rule.YearlyCap))],
            congress.Sessions);
    }

    public sealed record PointsRuleResponse(string Kind, string Label, int Points, int YearlyCap);

    private static async Task<Results<Ok<PagedList<CongressResponse>>, ProblemHttpResult>> ListAsync(
        DeputiesContext db, CancellationToken ct, int? page, int? pageSize, string? sort, string? divisionCode, string? level, int? term)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var (field, descending) = Sorting.Read(sort, "divisionCode", Sorts, errors);
        DivisionCodes.Optional(divisionCode, errors);

        if (level is not null && !CongressLevels.IsValid(level))
        {
            errors.Add("level", "人大层级应为 national、provincial、city、county 或 township。");
        }

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Congresses.AsNoTracking();
        if (divisionCode is not null)
        {
            query = query.Where(congress => congress.DivisionCode == divisionCode);
        }

        if (level is not null)
        {
            query = query.Where(congress => congress.Level == level);
        }

        if (term is not null)
        {
            query = query.Where(congress => congress.Term == term);
        }

        query = (field, descending) switch
        {
            ("name", false) => query.OrderBy(congress => congress.Name),
            ("name", true) => query.OrderByDescending(congress => congress.Name),
            ("term", false) => query.OrderBy(congress => congress.Term).ThenBy(congress => congress.DivisionCode),
            ("term", true) => query.OrderByDescending(congress => congress.Term).ThenBy(congress => congress.DivisionCode),
            ("startYear", false) => query.OrderBy(congress => congress.StartYear).ThenBy(congress => congress.DivisionCode),
            ("startYear", true) => query.OrderByDescending(congress => congress.StartYear).ThenBy(congress => congress.DivisionCode),
            ("level", false) => query.OrderBy(congress => congress.Level).ThenBy(congress => congress.DivisionCode),
            ("level", true) => query.OrderByDescending(congress => congress.Level).ThenBy(congress => congress.DivisionCode),
            (_, true) => query.OrderByDescending(congress => congress.DivisionCode).ThenByDescending(congress => congress.Term),
            _ => query.OrderBy(congress => congress.DivisionCode).ThenByDescending(congress => congress.Term),
        };
        var found = await query.ToPageAsync(pageRequest, ct);
        return TypedResults.Ok(found.Select(CongressResponse.From));
    }

    private static async Task<Results<Ok<CongressResponse>, ProblemHttpResult>> GetAsync(Guid id, DeputiesContext db, CancellationToken ct) =>
        await db.Congresses.AsNoTracking().FirstOrDefaultAsync(congress => congress.Id == id, ct) is { } congress
            ? TypedResults.Ok(CongressResponse.From(congress))
            : Problems.NotFound();

    private static async Task<Results<Created<CongressResponse>, ProblemHttpResult>> CreateAsync(
        CongressInput request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var created = Congress.Create(request, clock.GetUtcNow());
        if (created.Value is not { } congress)
        {
            return created.ToProblem()!;
        }

        if (!user.CanAccessDivision(congress.DivisionCode))
        {
            return Problems.Forbidden("无权在该行政区划设立人大届次。");
        }

        if (await db.Congresses.IgnoreQueryFilters().AnyAsync(
                existing => existing.DivisionCode == congress.DivisionCode && existing.Level == congress.Level && existing.Term == congress.Term, ct))
        {
            return Problems.Conflict("该行政区划的这一届人大已存在。");
        }

        db.Congresses.Add(congress);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/deputies/congresses/{congress.Id}", CongressResponse.From(congress));
    }

    private static async Task<Results<Ok<CongressResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, CongressInput request, DeputiesContext db, TimeProvider clock, CancellationToken ct)
    {
        var congress = await db.Congresses.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (congress is null)
        {
            return Problems.NotFound();
        }

        if (congress.Update(request, clock.GetUtcNow()).ToProblem() is { } problem)
        {
            return problem;
        }

        if (await db.Congresses.IgnoreQueryFilters().AnyAsync(
                other => other.Id != id && other.DivisionCode == congress.DivisionCode && other.Level == congress.Level && other.Term == congress.Term, ct))
        {
            return Problems.Conflict("该行政区划的这一届人大已存在。");
        }

        foreach (var deputy in await db.Deputies.IgnoreQueryFilters().Where(deputy => deputy.Seats.Any(seat => seat.CongressId == id)).ToListAsync(ct))
        {
            deputy.FollowCongress(congress);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CongressResponse.From(congress));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, DeputiesContext db, CancellationToken ct)
    {
        var congress = await db.Congresses.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (congress is null)
        {
            return Problems.NotFound();
        }

        if (await db.Deputies.IgnoreQueryFilters().AnyAsync(deputy => deputy.Seats.Any(seat => seat.CongressId == id), ct))
        {
            return Problems.Conflict("这届人大已有代表席位，不能删除。");
        }

        db.Congresses.Remove(congress);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
