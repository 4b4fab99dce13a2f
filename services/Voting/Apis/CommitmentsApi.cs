using Microsoft.EntityFrameworkCore;
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
        var group = app.MapGroup("/api/voting/commitments").WithTags("Commitments").RequireAuthorization().WithConflictsAs409();
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetCommitment");
        group.MapPost("/{id:guid}/mid-year-check", MidYearAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/year-end-review", YearEndAsync).RequireAuthorization(Policies.CommitteeStaff);
        return app;
    }

    public sealed record CreateCommitmentRequest(string? DivisionCode, string? OfficialName, string? OfficialTitle, int? Year, IReadOnlyList<string?>? Items);

    public sealed record OutcomeRequest(Guid? ItemId, string? Outcome, string? Notes);

    public sealed record MidYearRequest(IReadOnlyList<OutcomeRequest?>? Checks);

    public sealed record YearEndRequest(IReadOnlyList<OutcomeRequest?>? Outcomes, string? Opinion);

    public sealed record ItemResponse(Guid Id, string Content, string? MidYearOutcome, string? MidYearNotes, string? YearEndOutcome, string? YearEndNotes);

    public sealed record CommitmentResponse(
        Guid Id, string DivisionCode, string OfficialName, string OfficialTitle, int Year, string Stage, DateTimeOffset CreatedAt,
        DateTimeOffset? MidYearCheckedAt, DateTimeOffset? ReviewedAt, string? ReviewOpinion, IReadOnlyList<ItemResponse> Items)
    {
        public static CommitmentResponse From(Commitment c) => new(
            c.Id, c.DivisionCode, c.OfficialName, c.OfficialTitle, c.Year,
            c.Stage switch
            {
                CommitmentStage.Committed => "committed",
                CommitmentStage.MidYearChecked => "mid-year-checked",
                _ => "reviewed",
            },
            c.CreatedAt, c.MidYearCheckedAt, c.ReviewedAt, c.ReviewOpinion,
            [.. c.Items.Select(i => new ItemResponse(i.Id, i.Content, i.MidYearOutcome, i.MidYearNotes, i.YearEndOutcome, i.YearEndNotes))]);
    }

    private static List<OutcomeInput?>? ToInputs(IReadOnlyList<OutcomeRequest?>? requests) =>
        requests?.Select(r => r is null ? null : new OutcomeInput(r.ItemId, r.Outcome, r.Notes)).ToList();

    private static async Task<IResult> CreateAsync(
        CreateCommitmentRequest request, VotingContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (DivisionCodes.IsValid(request.DivisionCode) && !user.CanAccessDivision(request.DivisionCode!))
        {
            return ApiSupport.Forbidden("不能为其他行政区划登记承诺。");
        }

        var (commitment, errors) = Commitment.Make(
            request.DivisionCode, request.OfficialName, request.OfficialTitle, request.Year, request.Items, clock.GetUtcNow());
        if (commitment is null)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        db.Commitments.Add(commitment);
        await db.SaveChangesAsync(ct);
        return TypedResults.CreatedAtRoute(CommitmentResponse.From(commitment), "GetCommitment", new { id = commitment.Id });
    }

    private static async Task<IResult> ListAsync(VotingContext db, int? year, CancellationToken ct)
    {
        var query = db.Commitments.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(c => c.Year == y);
        }

        var list = await query.OrderByDescending(c => c.Year).ThenBy(c => c.OfficialName).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(CommitmentResponse.From).ToList());
    }

    private static async Task<IResult> GetAsync(Guid id, VotingContext db, CancellationToken ct) =>
        await db.Commitments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } commitment
            ? TypedResults.Ok(CommitmentResponse.From(commitment))
            : TypedResults.NotFound();

    private static async Task<IResult> MidYearAsync(Guid id, MidYearRequest request, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commitment is null)
        {
            return TypedResults.NotFound();
        }

        var errors = commitment.CheckMidYear(ToInputs(request.Checks), clock.GetUtcNow());
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CommitmentResponse.From(commitment));
    }

    private static async Task<IResult> YearEndAsync(Guid id, YearEndRequest request, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commitment is null)
        {
            return TypedResults.NotFound();
        }

        var errors = commitment.ReviewYearEnd(ToInputs(request.Outcomes), request.Opinion, clock.GetUtcNow());
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CommitmentResponse.From(commitment));
    }
}
