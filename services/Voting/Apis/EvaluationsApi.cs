using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

/// <summary>Satisfaction evaluations (满意度测评) of departments and officials, and the rectifications they require.</summary>
public static class EvaluationsApi
{
    public static IEndpointRouteBuilder MapEvaluationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voting/evaluations").WithTags("Evaluations").RequireAuthorization().WithConflictsAs409();
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetEvaluation");
        group.MapPost("/{id:guid}/open", OpenAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/ballots", CastAsync);
        group.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapGet("/{id:guid}/results", ResultsAsync);
        group.MapGet("/{id:guid}/ballot-hashes", BallotHashesAsync);
        group.MapGet("/rectifications", ListRectificationsAsync);
        group.MapGet("/rectifications/{id:guid}", GetRectificationAsync);
        group.MapPost("/rectifications/{id:guid}/rectified", RecordRectificationAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/rectifications/{id:guid}/report", RecordReportAsync).RequireAuthorization(Policies.CommitteeStaff);
        return app;
    }

    public sealed record SubjectRequest(string? Name, string? Kind, string? UnitCode);

    /// <summary>
    /// Voters: <c>voterKind</c> deputies (deputy ids, or leave <c>voterIds</c> empty and give <c>congressId</c>
    /// to take that congress's serving deputies when it opens) or committee-members (their account ids).
    /// </summary>
    public sealed record CreateEvaluationRequest(
        string? DivisionCode, Guid? CongressId, string? Title, string? Session, string? VoterKind, IReadOnlyList<Guid>? VoterIds,
        IReadOnlyList<SubjectRequest?>? Subjects, decimal? Threshold, DateTimeOffset? ClosesAt);

    public sealed record MarkRequest(Guid? SubjectId, string? Choice);

    public sealed record EvaluationBallotRequest(IReadOnlyList<MarkRequest?>? Marks);

    public sealed record NotesRequest(string? Notes);

    public sealed record RectificationResponse(
        Guid Id, Guid EvaluationId, string EvaluationTitle, Guid SubjectId, string SubjectName, string? UnitCode, string DivisionCode,
        decimal SatisfactionRate, string Status, DateTimeOffset RectificationDueAt, DateTimeOffset ReportDueAt, bool Overdue,
        string? RectificationNotes, DateTimeOffset? RectifiedAt, string? ReportNotes, DateTimeOffset? ReportedAt)
    {
        public static RectificationResponse From(Rectification r, DateTimeOffset now) => new(
            r.Id, r.EvaluationId, r.EvaluationTitle, r.SubjectId, r.SubjectName, r.UnitCode, r.DivisionCode, r.SatisfactionRate,
            r.Status switch
            {
                RectificationStatus.Rectifying => "rectifying",
                RectificationStatus.AwaitingReport => "awaiting-report",
                _ => "reported",
            },
            r.RectificationDueAt, r.ReportDueAt, r.IsOverdue(now), r.RectificationNotes, r.RectifiedAt, r.ReportNotes, r.ReportedAt);
    }

    private static async Task<IResult> CreateAsync(
        CreateEvaluationRequest request, VotingContext db, CurrentUser user, TimeProvider clock, IOptions<VotingOptions> options, CancellationToken ct)
    {
        var congress = request.CongressId is { } congressId
            ? await db.Congresses.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == congressId, ct)
            : null;
        var division = congress?.DivisionCode ?? request.DivisionCode;
        if (DivisionCodes.IsValid(division) && !user.CanAccessDivision(division!))
        {
            return ApiSupport.Forbidden("不能为其他行政区划组织测评。");
        }

        var (evaluation, errors) = Vote.CreateEvaluation(
            request.DivisionCode, congress, request.CongressId is not null, request.Title, request.Session, request.VoterKind,
            request.VoterIds, request.Subjects?.Select(s => s is null ? null : new Vote.SubjectInput(s.Name, s.Kind, s.UnitCode)).ToList(),
            request.Threshold, options.Value.SatisfactionThreshold, request.ClosesAt, clock.GetUtcNow());
        if (evaluation is null)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        db.Votes.Add(evaluation);
        await db.SaveChangesAsync(ct);
        return TypedResults.CreatedAtRoute(VotesApi.VoteResponse.From(evaluation), "GetEvaluation", new { id = evaluation.Id });
    }

    private static async Task<IResult> ListAsync(VotingContext db, CancellationToken ct)
    {
        var evaluations = await db.Votes.AsNoTracking().Where(v => v.Kind == VoteKinds.Evaluation)
            .OrderByDescending(v => v.CreatedAt).Take(200).ToListAsync(ct);
        return TypedResults.Ok(evaluations.Select(VotesApi.VoteResponse.From).ToList());
    }

    private static async Task<IResult> GetAsync(Guid id, VotingContext db, CurrentUser user, CancellationToken ct) =>
        await ApiSupport.FindVisibleVoteAsync(db, user, id, VoteKinds.Evaluation, ct) is { } evaluation
            ? TypedResults.Ok(VotesApi.VoteResponse.From(evaluation))
            : TypedResults.NotFound();

    private static async Task<IResult> OpenAsync(Guid id, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        await Polls.OpenAsync(db, id, VoteKinds.Evaluation, clock, ct);

    /// <summary>Deputies vote with their deputy id, committee members with their account id; same rules and secrecy as project votes.</summary>
    private static async Task<IResult> CastAsync(
        Guid id, EvaluationBallotRequest request, VotingContext db, CurrentUser user, BallotBox box, TimeProvider clock, CancellationToken ct)
    {
        var voterKind = await db.Votes.AsNoTracking().IgnoreQueryFilters()
            .Where(v => v.Id == id && v.Kind == VoteKinds.Evaluation).Select(v => v.VoterKind).FirstOrDefaultAsync(ct);
        if (voterKind is null)
        {
            return TypedResults.NotFound();
        }

        Guid? voterId = voterKind == VoterKinds.Deputies ? user.DeputyId : (user.Id == Guid.Empty ? null : user.Id);
        if (voterId is null)
        {
            return ApiSupport.Forbidden("您不在本次测评的测评人名单中。");
        }

        return await Polls.CastAsync(
            db, box, clock, id, VoteKinds.Evaluation, voterId.Value, publishAsDeputy: voterKind == VoterKinds.Deputies,
            null, request.Marks?.Select(m => m is null ? null : new BallotMark(m.SubjectId, m.Choice)).ToList(), ct);
    }

    private static async Task<IResult> CloseAsync(Guid id, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        await VoteLifecycle.CloseAsync(db, id, VoteKinds.Evaluation, clock.GetUtcNow(), ct) is { } evaluation
            ? TypedResults.Ok(evaluation.EvaluationResult)
            : TypedResults.NotFound();

    private static async Task<IResult> ResultsAsync(Guid id, VotingContext db, CurrentUser user, CancellationToken ct)
    {
        var evaluation = await ApiSupport.FindVisibleVoteAsync(db, user, id, VoteKinds.Evaluation, ct);
        if (evaluation is null)
        {
            return TypedResults.NotFound();
        }

        evaluation.EnsureResultsPublished();
        return TypedResults.Ok(evaluation.EvaluationResult);
    }

    private static Task<IResult> BallotHashesAsync(Guid id, VotingContext db, CurrentUser user, CancellationToken ct) =>
        Polls.BallotHashesAsync(db, user, id, VoteKinds.Evaluation, ct);

    private static async Task<IResult> ListRectificationsAsync(VotingContext db, TimeProvider clock, Guid? evaluationId, CancellationToken ct)
    {
        var query = db.Rectifications.AsNoTracking();
        if (evaluationId is { } id)
        {
            query = query.Where(r => r.EvaluationId == id);
        }

        var now = clock.GetUtcNow();
        var list = await query.OrderBy(r => r.RectificationDueAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(r => RectificationResponse.From(r, now)).ToList());
    }

    private static async Task<IResult> GetRectificationAsync(Guid id, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        await db.Rectifications.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } rectification
            ? TypedResults.Ok(RectificationResponse.From(rectification, clock.GetUtcNow()))
            : TypedResults.NotFound();

    private static async Task<IResult> RecordRectificationAsync(
        Guid id, NotesRequest request, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var rectification = await db.Rectifications.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rectification is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var (deadline, errors) = rectification.RecordRectification(request.Notes, now);
        if (deadline is null)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        db.AddIntegrationEvent(deadline);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(RectificationResponse.From(rectification, now));
    }

    private static async Task<IResult> RecordReportAsync(
        Guid id, NotesRequest request, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var rectification = await db.Rectifications.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rectification is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var (met, errors) = rectification.RecordReport(request.Notes, now);
        if (met is null)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        db.AddIntegrationEvent(met);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(RectificationResponse.From(rectification, now));
    }
}
