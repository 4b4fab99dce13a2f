using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

/// <summary>民生实事 candidate projects and their three reviews (三审).</summary>
public static class CandidatesApi
{
    public static IEndpointRouteBuilder MapCandidatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voting/candidates").WithTags("Candidates").RequireAuthorization().WithLostUpdatesAs409();
        group.MapPost("/", SubmitAsync).WithSummary("提交民生实事候选项目");
        group.MapGet("/", ListAsync).WithSummary("候选项目列表(分页)");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("查看候选项目").WithName("GetCandidate");
        group.MapPost("/{id:guid}/reviews", ReviewAsync).WithSummary("记录候选项目的一级审查").RequireAuthorization(Policies.CommitteeStaff);
        return app;
    }

    public sealed record SubmitCandidateRequest(
        Guid? CongressId, string? Title, string? Description, string? Source, string? ProposedBy, decimal? EstimatedBudget);

    public sealed record ReviewRequest(string? Stage, bool? Approved, string? Reviewer, string? Reason);

    public sealed record ReviewResponse(string Stage, bool Approved, string Reviewer, string Reason, DateTimeOffset DecidedAt);

    public sealed record CandidateResponse(
        Guid Id, Guid CongressId, string DivisionCode, string Title, string Description, string Source, string ProposedBy,
        decimal? EstimatedBudget, DateTimeOffset SubmittedAt, CandidateStatus Status, string? PendingStage, IReadOnlyList<ReviewResponse> Reviews)
    {
        public static CandidateResponse From(Candidate c) => new(
            c.Id, c.CongressId, c.DivisionCode, c.Title, c.Description, c.Source, c.ProposedBy, c.EstimatedBudget, c.SubmittedAt,
            c.Status, c.PendingStage,
            [.. c.Reviews.Select(r => new ReviewResponse(r.Stage, r.Approved, r.Reviewer, r.Reason, r.DecidedAt))]);
    }

    /// <summary>
    /// Who may propose what: station staff bring the public's proposals (source public), deputies their
    /// own (deputy), handling units the government's (government); committee staff may enter any source.
    /// </summary>
    private static async Task<Results<CreatedAtRoute<CandidateResponse>, ProblemHttpResult>> SubmitAsync(
        SubmitCandidateRequest request, VotingContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var congress = request.CongressId is { } congressId
            ? await db.Congresses.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == congressId, ct)
            : null;
        if (congress is null)
        {
            return Problems.Invalid("congressId", "未找到该届人大。");
        }

        var source = request.Source?.Trim().ToLowerInvariant();
        var mayUseSource = user.IsInAnyRole(Roles.CommitteeStaff, Roles.Admin)
            || (source == CandidateSources.Public && user.IsInRole(Roles.StationStaff))
            || (source == CandidateSources.Deputy && user.IsInRole(Roles.Deputy))
            || (source == CandidateSources.Government && user.IsInRole(Roles.HandlingUnit));
        if (!mayUseSource && Candidate.Sources.Contains(source ?? ""))
        {
            return Problems.Forbidden("您的角色不能提交该来源的候选项目。");
        }

        var seated = user.DeputyId is { } deputyId
            && await db.Seats.AnyAsync(s => s.CongressId == congress.Id && s.DeputyId == deputyId && s.Status == Seat.Serving, ct);
        if (!user.CanAccessDivision(congress.DivisionCode) && !seated)
        {
            return Problems.Forbidden("不能为其他行政区划的人大提交候选项目。");
        }

        var submitted = Candidate.Submit(
            congress, request.Title, request.Description, request.Source, request.ProposedBy, request.EstimatedBudget, user.Id, clock.GetUtcNow());
        if (submitted.Value is not { } candidate)
        {
            return submitted.ToProblem()!;
        }

        db.Candidates.Add(candidate);
        await db.SaveChangesAsync(ct);
        return TypedResults.CreatedAtRoute(CandidateResponse.From(candidate), "GetCandidate", new { id = candidate.Id });
    }

    private static async Task<Results<Ok<PagedList<CandidateResponse>>, ProblemHttpResult>> ListAsync(VotingContext db, Guid? congressId, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Candidates.AsNoTracking();
        if (congressId is { } id)
        {
            query = query.Where(c => c.CongressId == id);
        }

        if (status is not null)
        {
            CandidateStatus? parsed = status switch
            {
                "under-review" => CandidateStatus.UnderReview,
                "approved" => CandidateStatus.Approved,
                "rejected" => CandidateStatus.Rejected,
                _ => null,
            };
            if (parsed is null)
            {
                return Problems.Invalid("status", "状态应为 under-review、approved 或 rejected。");
            }

            query = query.Where(c => c.Status == parsed);
        }

        var candidates = await query.OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id).ToPageAsync(request, ct);
        return TypedResults.Ok(candidates.Select(CandidateResponse.From));
    }

    private static async Task<Results<Ok<CandidateResponse>, NotFound>> GetAsync(Guid id, VotingContext db, CancellationToken ct) =>
        await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } candidate
            ? TypedResults.Ok(CandidateResponse.From(candidate))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CandidateResponse>, NotFound, ProblemHttpResult>> ReviewAsync(
        Guid id, ReviewRequest request, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null)
        {
            return TypedResults.NotFound();
        }

        if (candidate.Review(request.Stage, request.Approved, request.Reviewer, request.Reason, clock.GetUtcNow()).ToProblem() is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CandidateResponse.From(candidate));
    }
}
