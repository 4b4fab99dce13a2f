using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

/// <summary>Officials' yearly public commitments (承诺), the mid-year check and the year-end review.</summary>
public static class CommitmentsApi
{
    public static IEndpointRouteBuilder MapCommitmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voting/commitments").WithTags("Commitments").RequireAuthorization().WithLostUpdatesAs409();
        group.MapPost("/", CreateAsync).WithSummary("登记履职承诺").RequireAuthorization(Policies.CommitteeStaff);
        group.MapGet("/", ListAsync).WithSummary("履职承诺列表(分页)");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("查看履职承诺").WithName("GetCommitment");
        group.MapPost("/{id:guid}/mid-year-check", MidYearAsync).WithSummary("记录承诺年中检查").RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/year-end-review", YearEndAsync).WithSummary("记录承诺年终评议").RequireAuthorization(Policies.CommitteeStaff);
        return app;
    }

    public sealed record CreateCommitmentRequest(string? DivisionCode, string? OfficialName, string? OfficialTitle, int? Year, IReadOnlyList<string?>? Items);

    public sealed record OutcomeRequest(Guid? ItemId, string? Outcome, string? Notes);

    public sealed record MidYearRequest(IReadOnlyList<OutcomeRequest?>? Checks);

    public sealed record YearEndRequest(IReadOnlyList<OutcomeRequest?>? Outcomes, string? Opinion);

    public sealed record ItemResponse(Guid Id, string Content, string? MidYearOutcome, string? MidYearNotes, string? YearEndOutcome, string? YearEndNotes);

    public sealed record CommitmentResponse(
        Guid Id, string DivisionCode, string OfficialName, string OfficialTitle, int Year, CommitmentStage Stage, DateTimeOffset CreatedAt,
        DateTimeOffset? MidYearCheckedAt, DateTimeOffset? ReviewedAt, string? ReviewOpinion, IReadOnlyList<ItemResponse> Items)
    {
        public static CommitmentResponse From(Commitment c) => new(
            c.Id, c.DivisionCode, c.OfficialName, c.OfficialTitle, c.Year,
            c.Stage, c.CreatedAt, c.MidYearCheckedAt, c.ReviewedAt, c.ReviewOpinion,
            [.. c.Items.Select(i => new ItemResponse(i.Id, i.Content, i.MidYearOutcome, i.MidYearNotes, i.YearEndOutcome, i.YearEndNotes))]);
    }

    private static List<OutcomeInput?>? ToInputs(IReadOnlyList<OutcomeRequest?>? requests) =>
        requests?.Select(r => r is null ? null : new OutcomeInput(r.ItemId, r.Outcome, r.Notes)).ToList();

    private static async Task<Results<CreatedAtRoute<CommitmentResponse>, ProblemHttpResult>> CreateAsync(
        CreateCommitmentRequest request, VotingContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (DivisionCodes.IsValid(request.DivisionCode) && !user.CanAccessDivision(request.DivisionCode!))
        {
            return Problems.Forbidden("不能为其他行政区划登记承诺。");
        }

        var made = Commitment.Make(
            request.DivisionCode, request.OfficialName, request.OfficialTitle, request.Year, request.Items, clock.GetUtcNow());
        if (made.Value is not { } commitment)
        {
            return made.ToProblem()!;
        }

        db.Commitments.Add(commitment);
        await db.SaveChangesAsync(ct);
        return TypedResults.CreatedAtRoute(CommitmentResponse.From(commitment), "GetCommitment", new { id = commitment.Id });
    }

    private static async Task<Results<Ok<PagedList<CommitmentResponse>>, ProblemHttpResult>> ListAsync(VotingContext db, int? year, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Commitments.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(c => c.Year == y);
        }

        var list = await query.OrderByDescending(c => c.Year).ThenBy(c => c.OfficialName).ThenBy(c => c.Id).ToPageAsync(request, ct);
        return TypedResults.Ok(list.Select(CommitmentResponse.From));
    }

    private static async Task<Results<Ok<CommitmentResponse>, NotFound>> GetAsync(Guid id, VotingContext db, CancellationToken ct) =>
        await db.Commitments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } commitment
            ? TypedResults.Ok(CommitmentResponse.From(commitment))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CommitmentResponse>, NotFound, ProblemHttpResult>> MidYearAsync(Guid id, MidYearRequest request, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commitment is null)
        {
            return TypedResults.NotFound();
        }

        if (commitment.CheckMidYear(ToInputs(request.Checks), clock.GetUtcNow()).ToProblem() is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CommitmentResponse.From(commitment));
    }

    private static async Task<Results<Ok<CommitmentResponse>, NotFound, ProblemHttpResult>> YearEndAsync(Guid id, YearEndRequest request, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commitment is null)
        {
            return TypedResults.NotFound();
        }

        if (commitment.ReviewYearEnd(ToInputs(request.Outcomes), request.Opinion, clock.GetUtcNow()).ToProblem() is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CommitmentResponse.From(commitment));
    }
}
