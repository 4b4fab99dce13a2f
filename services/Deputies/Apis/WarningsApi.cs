using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>履职预警: the yearly warning list, the justified reasons that exempt a deputy, and the warning talks.</summary>
public static class WarningsApi
{
    public static RouteGroupBuilder MapWarningsApi(this RouteGroupBuilder api)
    {
        var warnings = api.MapGroup("/warnings").WithTags("Points").RequireAuthorization(Policies.CommitteeStaff);
        warnings.MapGet("/", ListAsync).WithSummary("履职预警名单");
        warnings.MapPut("/{year:int}/deputies/{deputyId:guid}/justification", JustifyAsync).WithSummary("登记正当理由（免予预警）");
        warnings.MapPut("/{year:int}/deputies/{deputyId:guid}/talk", RecordTalkAsync).WithSummary("登记预警谈话");
        return api;
    }

    public sealed record WarningReason(string Code, string Label);

    public sealed record WarningItem(
        Guid DeputyId, string Name, string DivisionCode, int Activities, int Points, int PreviousYearPoints,
        IReadOnlyList<WarningReason> Reasons, DateOnly? TalkDate, string? TalkNote);

    public sealed record JustificationRequest(string? Reason);

    public sealed record TalkRequest(DateOnly? Date, string? Note);

    public sealed record WarningReviewResponse(Guid DeputyId, int Year, string? JustifiedReason, DateTimeOffset? JustifiedAt, DateOnly? TalkDate, string? TalkNote)
    {
        public static WarningReviewResponse From(WarningReview review) =>
            new(review.DeputyId, review.Year, review.JustifiedReason, review.JustifiedAt, review.TalkDate, review.TalkNote);
    }

    private static async Task<Results<Ok<PagedList<WarningItem>>, ProblemHttpResult>> ListAsync(
        int? year, Guid? congressId, string? level, int? page, int? pageSize, DeputiesContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var theYear = year ?? ChinaTime.Today(clock).Year;
        if (!PointsApi.ValidYear(theYear))
        {
            errors.Add("year", "年份无效。");
        }

        if (level is not null && !CongressLevels.IsValid(level))
        {
            errors.Add("level", "人大层级应为 national、provincial、city、county 或 township。");
        }

        var pageRequest = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var population = await PointsApi.PopulationAsync(db, congressId, level, ct);
        var reviews = await db.WarningReviews.AsNoTracking()
            .Where(review => review.Year == theYear)
            .ToDictionaryAsync(review => review.DeputyId, ct);
        var yearStart = ChinaTime.StartOf(new DateOnly(theYear, 1, 1));
        var candidates = population.Values
            .Select(member => new WarningCandidate(
                member.Id, member.ServingSince < yearStart, reviews.TryGetValue(member.Id, out var review) && review.Exempt))
            .ToList();
        var facts = await PointsApi.FactsAsync(db, population.Keys, new DateOnly(theYear - 1, 1, 1), new DateOnly(theYear, 12, 31), ct);
        var ruleFor = await PointsApi.RulesAsync(db, facts, ct);
        var warnings = Warnings.Evaluate(candidates, facts, ruleFor, theYear)
            .Select(warning =>
            {
                var member = population[warning.DeputyId];
                var talk = reviews.GetValueOrDefault(warning.DeputyId);
                return new WarningItem(
                    warning.DeputyId, member.Name, member.DivisionCode, warning.Activities, warning.Points, warning.PreviousYearPoints,
                    [.. warning.Reasons.Select(reason => new WarningReason(reason, WarningReasons.Label(reason)))], talk?.TalkDate, talk?.TalkNote);
            })
            .OrderBy(item => item.Points)
            .ThenBy(item => item.Activities)
            .ThenBy(item => item.Name, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(warnings.ToPage(pageRequest));
    }

    private static Task<Results<Ok<WarningReviewResponse>, ProblemHttpResult>> JustifyAsync(
        int year, Guid deputyId, JustificationRequest request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ReviewAsync(year, deputyId, db, review => review.Justify(request.Reason, user.Id, clock.GetUtcNow()), ct);

    private static Task<Results<Ok<WarningReviewResponse>, ProblemHttpResult>> RecordTalkAsync(
        int year, Guid deputyId, TalkRequest request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ReviewAsync(year, deputyId, db, review => review.RecordTalk(request.Date, request.Note, user.Id, clock.GetUtcNow()), ct);

    private static async Task<Results<Ok<WarningReviewResponse>, ProblemHttpResult>> ReviewAsync(
        int year, Guid deputyId, DeputiesContext db, Func<WarningReview, Outcome> change, CancellationToken ct)
    {
        if (!PointsApi.ValidYear(year))
        {
            return Problems.Invalid("year", "年份无效。");
        }

        var deputy = await db.Deputies.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == deputyId, ct);
        if (deputy is null)
        {
            return Problems.NotFound();
        }

        var review = await db.WarningReviews.FirstOrDefaultAsync(candidate => candidate.DeputyId == deputyId && candidate.Year == year, ct);
        if (review is null)
        {
            review = WarningReview.Open(deputy, year);
            db.WarningReviews.Add(review);
        }

        if (change(review).ToProblem() is { } problem)
        {
            return problem;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(WarningReviewResponse.From(review));
    }
}
