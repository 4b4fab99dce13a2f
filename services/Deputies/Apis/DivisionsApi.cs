using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

public static class DivisionsApi
{
    private static readonly string[] Sorts = ["code", "name"];

    public static RouteGroupBuilder MapDivisionsApi(this RouteGroupBuilder api)
    {
        var divisions = api.MapGroup("/divisions").WithTags("Divisions");
        divisions.MapGet("/", ListAsync).WithSummary("行政区划列表（本级及下级）");
        divisions.MapGet("/{code}", GetAsync).WithSummary("行政区划详情");
        divisions.MapPost("/", CreateAsync).RequireAuthorization(Policies.Admin).WithSummary("增加行政区划");
        return api;
    }

    public sealed record DivisionRequest(string? Code, string? Name, string? ParentCode);

    public sealed record DivisionResponse(string Code, string Name, string? ParentCode, string Level, string Path)
    {
        public static DivisionResponse From(Division division) =>
            new(division.DivisionCode, division.Name, division.ParentCode, division.Level, DivisionCodes.PathOf(division.DivisionCode));
    }

    /// <summary>The caller's division and everything below it.</summary>
    private static async Task<Results<Ok<PagedList<DivisionResponse>>, ProblemHttpResult>> ListAsync(
        DeputiesContext db, CancellationToken ct, int? page, int? pageSize, string? sort, string? level, string? parentCode, string? name)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var (field, descending) = Sorting.Read(sort, "code", Sorts, errors);
        if (level is not null && level is not ("province" or "city" or "county" or "township"))
        {
            errors.Add("level", "层级应为 province、city、county 或 township。");
        }

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Divisions.AsNoTracking();
        if (level is not null)
        {
            query = query.Where(division => division.Level == level);
        }

        if (parentCode is not null)
        {
            query = query.Where(division => division.ParentCode == parentCode);
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            var pattern = $"%{name.Trim()}%";
            query = query.Where(division => EF.Functions.ILike(division.Name, pattern));
        }

        query = (field, descending) switch
        {
            ("name", false) => query.OrderBy(division => division.Name).ThenBy(division => division.DivisionCode),
            ("name", true) => query.OrderByDescending(division => division.Name).ThenBy(division => division.DivisionCode),
            (_, true) => query.OrderByDescending(division => division.DivisionCode),
            _ => query.OrderBy(division => division.DivisionCode),
        };
        var found = await query.ToPageAsync(pageRequest, ct);
        return TypedResults.Ok(found.Select(DivisionResponse.From));
    }

    private static async Task<Results<Ok<DivisionResponse>, ProblemHttpResult>> GetAsync(string code, DeputiesContext db, CancellationToken ct) =>
        await db.Divisions.AsNoTracking().FirstOrDefaultAsync(division => division.DivisionCode == code, ct) is { } division
            ? TypedResults.Ok(DivisionResponse.From(division))
            : Problems.NotFound();

    private static async Task<Results<Created<DivisionResponse>, ProblemHttpResult>> CreateAsync(DivisionRequest request, DeputiesContext db, CurrentUser user, CancellationToken ct)
    {
        var parent = DivisionCodes.IsValid(request.Code) ? DivisionCodes.ParentOf(request.Code!) : null;
        var parentExists = parent is not null
            && await db.Divisions.IgnoreQueryFilters().AnyAsync(division => division.DivisionCode == parent, ct);
        var created = Division.Create(request.Code, request.Name, request.ParentCode, code => code == parent && parentExists);
        if (created.Value is not { } division)
        {
            return created.ToProblem()!;
        }

        if (!user.CanAccessDivision(division.DivisionCode))
        {
            return Problems.Forbidden("无权在该行政区划下增加行政区划。");
        }

        if (await db.Divisions.IgnoreQueryFilters().AnyAsync(existing => existing.DivisionCode == division.DivisionCode, ct))
        {
            return Problems.Conflict($"行政区划 {division.DivisionCode} 已存在。");
        }

        db.Divisions.Add(division);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/deputies/divisions/{division.DivisionCode}", DivisionResponse.From(division));
    }
}
