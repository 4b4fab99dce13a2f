using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RenminDaibiao.Primitives;
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
        var group = app.MapGroup("/api/voting/evaluations").WithTags("Evaluations").RequireAuthorization().WithLostUpdatesAs409();
        group.MapPost("/", CreateAsync).WithSummary("创建满意度测评").RequireAuthorization(Policies.CommitteeStaff);
        group.MapGet("/", ListAsync).WithSummary("满意度测评列表(分页;castable=true 时只列本人现在可投的)");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("查看满意度测评").WithName("GetEvaluation");
        group.MapPost("/{id:guid}/open", OpenAsync).WithSummary("开启测评(确定测评人名单)").RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/ballots", CastAsync).WithSummary("提交测评票");
        group.MapPost("/{id:guid}/close", CloseAsync).WithSummary("结束测评并公布结果").RequireAuthorization(Policies.CommitteeStaff);
        group.MapGet("/{id:guid}/results", ResultsAsync).WithSummary("测评结果");
        group.MapGet("/{id:guid}/ballot-hashes", BallotHashesAsync).WithSummary("已计入选票的回执哈希");
        group.MapGet("/rectifications", ListRectificationsAsync).WithSummary("整改事项列表(分页)");
        group.MapGet("/rectifications/{id:guid}", GetRectificationAsync).WithSummary("查看整改事项");
        group.MapPost("/rectifications/{id:guid}/rectified", RecordRectificationAsync).WithSummary("记录整改情况").RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/rectifications/{id:guid}/report", RecordReportAsync).WithSummary("记录整改报告").RequireAuthorization(Policies.CommitteeStaff);
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
        decimal SatisfactionRate, RectificationStatus Status, DateTimeOffset RectificationDueAt, DateTimeOffset ReportDueAt, bool Overdue,
        string? RectificationNotes, DateTimeOffset? RectifiedAt, string? ReportNotes, DateTimeOffset? ReportedAt)
    {
        public static RectificationResponse From(Rectification r, DateTimeOffset now) => new(
            r.Id, r.EvaluationId, r.EvaluationTitle, r.SubjectId, r.SubjectName, r.UnitCode, r.DivisionCode, r.SatisfactionRate,
            r.Status,
            r.RectificationDueAt, r.ReportDueAt, r.IsOverdue(now), r.RectificationNotes, r.RectifiedAt, r.ReportNotes, r.ReportedAt);
    }

    private static async Task<Results<CreatedAtRoute<VotesApi.VoteResponse>, ProblemHttpResult>> CreateAsync(
        CreateEvaluationRequest request, VotingContext db, CurrentUser user, TimeProvider clock, IOptions<VotingOptions> options, CancellationToken ct)
    {
        var congress = request.CongressId is { } congressId
            ? await db.Congresses.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == congressId, ct)
            : null;
        var division = congress?.DivisionCode ?? request.DivisionCode;
        if (DivisionCodes.IsValid(division) && !user.CanAccessDivision(division!))
        {
            return Problems.Forbidden("不能为其他行政区划组织测评。");
        }

        var created = Vote.CreateEvaluation(
            request.DivisionCode, congress, request.CongressId is not null, request.Title, request.Session, request.VoterKind,
            request.VoterIds, request.Subjects?.Select(s => s is null ? null : new Vote.SubjectInput(s.Name, s.Kind, s.UnitCode)).ToList(),
            request.Threshold, options.Value.SatisfactionThreshold, request.ClosesAt, clock.GetUtcNow());
        if (created.Value is not { } evaluation)
        {
            return created.ToProblem()!;
        }

        db.Votes.Add(evaluation);
        await db.SaveChangesAsync(ct);
        return TypedResults.CreatedAtRoute(VotesApi.VoteResponse.From(evaluation), "GetEvaluation", new { id = evaluation.Id });
    }

    /// <summary>Evaluations, newest first; <c>castable=true</c> keeps only those the caller may cast a ballot in now.</summary>
    private static async Task<Results<Ok<PagedList<VotesApi.VoteResponse>>, ProblemHttpResult>> ListAsync(
        VotingContext db, CurrentUser user, TimeProvider clock, bool? castable, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = castable == true
            ? ApiSupport.CastableBy(db, user, VoteKinds.Evaluation, clock.GetUtcNow())
            : db.Votes.AsNoTracking().Where(v => v.Kind == VoteKinds.Evaluation);
        var evaluations = await query
            .OrderByDescending(v => v.CreatedAt).ThenBy(v => v.Id).ToPageAsync(request, ct);
        return TypedResults.Ok(evaluations.Select(VotesApi.VoteResponse.From));
    }

    private static async Task<Results<Ok<VotesApi.VoteResponse>, NotFound>> GetAsync(Guid id, VotingContext db, CurrentUser user, CancellationToken ct) =>
        await ApiSupport.FindVisibleVoteAsync(db, user, id, VoteKinds.Evaluation, ct) is { } evaluation
            ? TypedResults.Ok(VotesApi.VoteResponse.From(evaluation))
            : TypedResults.NotFound();

    private static Task<Results<Ok<VotesApi.VoteResponse>, NotFound, ProblemHttpResult>> OpenAsync(
        Guid id, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        Polls.OpenAsync(db, id, VoteKinds.Evaluation, clock, ct);

    /// <summary>Deputies vote with their deputy id, committee members with their account id; same rules and secrecy as project votes.</summary>
    private static async Task<Results<Created<VotesApi.ReceiptResponse>, NotFound, ProblemHttpResult>> CastAsync(
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
            return Problems.Forbidden("您不在本次测评的测评人名单中。");
        }

        return await Polls.CastAsync(
            db, box, clock, id, VoteKinds.Evaluation, voterId.Value, publishAsDeputy: voterKind == VoterKinds.Deputies,
            null, request.Marks?.Select(m => m is null ? null : new BallotMark(m.SubjectId, m.Choice)).ToList(), ct);
    }

    private static async Task<Results<Ok<EvaluationResult>, NotFound, ProblemHttpResult>> CloseAsync(
        Guid id, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var closed = await VoteLifecycle.CloseAsync(db, id, VoteKinds.Evaluation, clock.GetUtcNow(), ct);
        if (closed is null)
        {
            return TypedResults.NotFound();
        }

        return closed.Value is { } evaluation ? TypedResults.Ok(evaluation.EvaluationResult!) : closed.ToProblem()!;
    }

    private static async Task<Results<Ok<EvaluationResult>, NotFound, ProblemHttpResult>> ResultsAsync(
        Guid id, VotingContext db, CurrentUser user, CancellationToken ct)
    {
        var evaluation = await ApiSupport.FindVisibleVoteAsync(db, user, id, VoteKinds.Evaluation, ct);
        if (evaluation is null)
        {
            return TypedResults.NotFound();
        }

        return evaluation.ResultsPublished().ToProblem() is { } hidden ? hidden : TypedResults.Ok(evaluation.EvaluationResult!);
    }

    private static Task<Results<Ok<VotesApi.BallotHashesResponse>, NotFound, ProblemHttpResult>> BallotHashesAsync(Guid id, VotingContext db, CurrentUser user, CancellationToken ct) =>
        Polls.BallotHashesAsync(db, user, id, VoteKinds.Evaluation, ct);

    private static async Task<Results<Ok<PagedList<RectificationResponse>>, ProblemHttpResult>> ListRectificationsAsync(
        VotingContext db, TimeProvider clock, Guid? evaluationId, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Rectifications.AsNoTracking();
        if (evaluationId is { } id)
        {
            query = query.Where(r => r.EvaluationId == id);
        }

        var now = clock.GetUtcNow();
        var list = await query.OrderBy(r => r.RectificationDueAt).ThenBy(r => r.Id).ToPageAsync(request, ct);
        return TypedResults.Ok(list.Select(r => RectificationResponse.From(r, now)));
    }

    private static async Task<Results<Ok<RectificationResponse>, NotFound>> GetRectificationAsync(Guid id, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        await db.Rectifications.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } rectification
            ? TypedResults.Ok(RectificationResponse.From(rectification, clock.GetUtcNow()))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<RectificationResponse>, NotFound, ProblemHttpResult>> RecordRectificationAsync(
        Guid id, NotesRequest request, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var rectification = await db.Rectifications.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rectification is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        if (rectification.RecordRectification(request.Notes, now).ToProblem() is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(RectificationResponse.From(rectification, now));
    }

    private static async Task<Results<Ok<RectificationResponse>, NotFound, ProblemHttpResult>> RecordReportAsync(
        Guid id, NotesRequest request, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var rectification = await db.Rectifications.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rectification is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        if (rectification.RecordReport(request.Notes, now).ToProblem() is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(RectificationResponse.From(rectification, now));
    }
}
