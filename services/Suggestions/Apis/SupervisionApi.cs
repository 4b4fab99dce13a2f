using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Domain;
using RenminDaibiao.Suggestions.Infrastructure;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>Supervision (督办): due-soon and overdue lists, handling statistics and the ledger (台账) of a term.</summary>
public static class SupervisionApi
{
    public const int DefaultDueSoonDays = 7;
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/suggestions").WithTags("Supervision").RequireAuthorization(SuggestionsServiceExtensions.ParticipantPolicy);
        api.MapGet("/supervision/due-soon", DueSoonAsync).WithSummary("临期未答复的建议（分页）");
        api.MapGet("/supervision/overdue", OverdueAsync).WithSummary("超期未答复的建议（分页）");
        api.MapGet("/supervision/led", LedAsync).WithSummary("本人作为督办领导领办的重点建议及其办理状态（分页）");
        api.MapGet("/statistics", StatisticsAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("按期办复率、满意率和解决率统计");
        api.MapGet("/ledger", LedgerAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("导出建议办理台账（Excel）");
        return app;
    }

    private static async Task<Results<Ok<PagedList<SuggestionSummary>>, ProblemHttpResult>> DueSoonAsync(
        [AsParameters] HandlingDependencies d, int? days, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        if (days is < 1 or > 90)
        {
            errors.Add("days", "天数应为 1 至 90。");
        }

        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var now = d.Clock.GetUtcNow();
        return TypedResults.Ok(await d.Db.Suggestions.AsNoTracking().VisibleTo(d.User)
            .Where(Suggestion.DueSoon(now, now.AddDays(days ?? DefaultDueSoonDays)))
            .OrderBy(s => s.DueAt).ThenBy(s => s.Id)
            .Select(SuggestionSummary.Projection(now))
            .ToPageAsync(request, ct));
    }

    private static async Task<Results<Ok<PagedList<SuggestionSummary>>, ProblemHttpResult>> OverdueAsync(
        [AsParameters] HandlingDependencies d, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var now = d.Clock.GetUtcNow();
        return TypedResults.Ok(await d.Db.Suggestions.AsNoTracking().VisibleTo(d.User)
            .Where(Suggestion.Overdue(now))
            .OrderBy(s => s.DueAt).ThenBy(s => s.Id)
            .Select(SuggestionSummary.Projection(now))
            .ToPageAsync(request, ct));
    }

    private static async Task<Results<Ok<PagedList<SuggestionSummary>>, ProblemHttpResult>> LedAsync(
        [AsParameters] HandlingDependencies d, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var now = d.Clock.GetUtcNow();
        var me = d.User.Id;
        return TypedResults.Ok(await d.Db.Suggestions.AsNoTracking().VisibleTo(d.User)
            .Where(s => s.SupervisingLeaderId == me)
            .OrderBy(s => s.ClosedAt != null).ThenBy(s => s.DueAt).ThenBy(s => s.Id)
            .Select(SuggestionSummary.Projection(now))
            .ToPageAsync(request, ct));
    }

    private static async Task<Results<Ok<SuggestionStatisticsReport>, ProblemHttpResult>> StatisticsAsync([AsParameters] HandlingDependencies d, int? year, int? term, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return Problems.Invalid("year", "年份无效。");
        }

        var suggestions = await Filtered(d, year, term).Where(s => s.AssignedAt != null).AsSplitQuery().ToListAsync(ct);
        var units = await d.Db.Units.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        return TypedResults.Ok(SuggestionStatistics.Compute(suggestions, d.Clock.GetUtcNow(), units));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> LedgerAsync([AsParameters] HandlingDependencies d, int? term, int? year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return Problems.Invalid("year", "年份无效。");
        }

        if (term is < 1 or > 100)
        {
            return Problems.Invalid("term", "届次无效。");
        }

        var suggestions = await Filtered(d, year, term).Where(s => s.SubmittedAt != null).AsSplitQuery()
            .OrderBy(s => s.SubmittedAt).ToListAsync(ct);
        var units = await d.Db.Units.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        var bytes = Ledger.Build(suggestions, units, d.Clock.GetUtcNow());
        var name = term is { } t ? $"建议办理台账-第{t}届.xlsx" : "建议办理台账.xlsx";
        return TypedResults.File(bytes, XlsxContentType, name);
    }

    private static IQueryable<Suggestion> Filtered(HandlingDependencies d, int? year, int? term)
    {
        var query = d.Db.Suggestions.AsNoTracking().VisibleTo(d.User);
        if (year is { } y)
        {
            // Statistics of a year count what was submitted in that China calendar year.
            var (from, to) = ChinaTime.YearInUtc(y);
            query = query.Where(s => s.SubmittedAt >= from && s.SubmittedAt < to);
        }

        if (term is { } t)
        {
            query = query.Where(s => s.Term == t);
        }

        return query;
    }
}
