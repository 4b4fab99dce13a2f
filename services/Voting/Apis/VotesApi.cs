using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

/// <summary>民生实事 project votes (票决): create, open, cast, close, results, receipts.</summary>
public static class VotesApi
{
    public static IEndpointRouteBuilder MapVotesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voting/votes").WithTags("Votes").RequireAuthorization().WithLostUpdatesAs409();
        group.MapPost("/", CreateAsync).WithSummary("创建民生实事项目票决").RequireAuthorization(Policies.CommitteeStaff);
        group.MapGet("/", ListAsync).WithSummary("票决列表(分页;castable=true 时只列本人现在可投的)");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("查看票决").WithName("GetVote");
        group.MapPost("/{id:guid}/open", OpenAsync).WithSummary("开启票决(确定应到代表)").RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/ballots", CastAsync).WithSummary("投票").RequireAuthorization(Policies.Deputy);
        group.MapPost("/{id:guid}/close", CloseAsync).WithSummary("结束票决并公布结果").RequireAuthorization(Policies.CommitteeStaff);
        group.MapGet("/{id:guid}/results", ResultsAsync).WithSummary("票决结果");
        group.MapGet("/{id:guid}/ballot-hashes", BallotHashesAsync).WithSummary("已计入选票的回执哈希");
        group.MapPost("/receipts/check", CheckReceiptAsync).WithSummary("凭回执码核实选票已计入");
        return app;
    }

    public sealed record CreateVoteRequest(
        Guid? CongressId, string? Title, string? Session, string? Mode, int? MaxChoices, IReadOnlyList<Guid>? CandidateIds, DateTimeOffset? ClosesAt);

    public sealed record MarkRequest(Guid? CandidateId, string? Choice);

    /// <summary>choose mode: <c>selected</c> (up to N candidate ids); approve mode: <c>choices</c> (one mark per candidate).</summary>
    public sealed record CastBallotRequest(IReadOnlyList<Guid>? Selected, IReadOnlyList<MarkRequest?>? Choices);

    public sealed record ItemResponse(Guid Id, string Title, string? SubjectKind, string? UnitCode);

    public sealed record VoteResponse(
        Guid Id, string Kind, Guid? CongressId, string DivisionCode, string Title, string Session, VoteMode Mode, int? MaxChoices,
        string VoterKind, decimal? Threshold, VoteStatus Status, int EligibleCount, DateTimeOffset CreatedAt, DateTimeOffset? OpenedAt,
        DateTimeOffset? ClosesAt, DateTimeOffset? ClosedAt, IReadOnlyList<ItemResponse> Items)
    {
        public static VoteResponse From(Vote v) => new(
            v.Id, v.Kind, v.CongressId, v.DivisionCode, v.Title, v.Session, v.Mode, v.MaxChoices, v.VoterKind, v.Threshold,
            v.Status, v.EligibleCount, v.CreatedAt, v.OpenedAt, v.ClosesAt, v.ClosedAt,
            [.. v.Items.Select(i => new ItemResponse(i.Id, i.Title, i.SubjectKind, i.UnitCode))]);
    }

    public sealed record ReceiptResponse(string ReceiptCode, Guid VoteId, string Message);

    /// <summary>The receipt code in the body, never in the URL: paths reach access logs and traces.</summary>
    public sealed record ReceiptCheckRequest(string? Code);

    /// <summary>
    /// What a receipt proves, and nothing more: a ballot with this receipt is in the box (<c>recorded</c>),
    /// and once the vote closed, in the count (<c>counted</c>). Never the choices: a receipt that showed
    /// them would let a voter sell the vote or be forced to show it. <c>receiptHash</c> is what the
    /// published list of ballot hashes holds after closing.
    /// </summary>
    public sealed record ReceiptCheckResponse(
        Guid VoteId, string Kind, string VoteTitle, VoteStatus VoteStatus, bool Recorded, bool Counted, string ReceiptHash);

    /// <summary>The receipt hashes of every counted ballot, sorted (so their order tells nothing), without choices.</summary>
    public sealed record BallotHashesResponse(Guid VoteId, int BallotCount, IReadOnlyList<string> ReceiptHashes);

    private static async Task<Results<CreatedAtRoute<VoteResponse>, ProblemHttpResult>> CreateAsync(
        CreateVoteRequest request, VotingContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var congress = request.CongressId is { } congressId
            ? await db.Congresses.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == congressId, ct)
            : null;
        if (congress is not null && !user.CanAccessDivision(congress.DivisionCode))
        {
            return Problems.Forbidden("不能为其他行政区划的人大组织票决。");
        }

        // More ids than a vote may hold are refused by the domain without looking them up.
        var ids = request.CandidateIds is { Count: <= VotingLimits.VoteItemsMaxCount } given ? given.Distinct().ToList() : [];
        var candidates = await db.Candidates.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var passed = await VoteLifecycle.PassedCandidatesAsync(db, ids, ct);
        var created = Vote.CreateProjectVote(
            congress, request.Title, request.Session, request.Mode, request.MaxChoices, request.CandidateIds, candidates, passed,
            request.ClosesAt, clock.GetUtcNow());
        if (created.Value is not { } vote)
        {
            return created.ToProblem()!;
        }

        db.Votes.Add(vote);
        await db.SaveChangesAsync(ct);
        return TypedResults.CreatedAtRoute(VoteResponse.From(vote), "GetVote", new { id = vote.Id });
    }

    /// <summary>
    /// Project votes, newest first; <c>status</c> (draft, open, closed) narrows them, and an unknown status matches none;
    /// <c>castable=true</c> keeps only those the caller may cast a ballot in now.
    /// </summary>
    private static async Task<Results<Ok<PagedList<VoteResponse>>, ProblemHttpResult>> ListAsync(
        VotingContext db, CurrentUser user, TimeProvider clock, string? status, bool? castable, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = castable == true
            ? ApiSupport.CastableBy(db, user, VoteKinds.ProjectVote, clock.GetUtcNow())
            : db.Votes.AsNoTracking().Where(v => v.Kind == VoteKinds.ProjectVote);
        if (status is not null)
        {
            VoteStatus? wanted = Enum.GetValues<VoteStatus>().Select(s => (VoteStatus?)s)
                .FirstOrDefault(s => s.ToString()!.Equals(status, StringComparison.OrdinalIgnoreCase));
            query = wanted is { } known ? query.Where(v => v.Status == known) : query.Where(v => false);
        }

        var votes = await query.OrderByDescending(v => v.CreatedAt).ThenBy(v => v.Id).ToPageAsync(request, ct);
        return TypedResults.Ok(votes.Select(VoteResponse.From));
    }

    private static async Task<Results<Ok<VoteResponse>, NotFound>> GetAsync(Guid id, VotingContext db, CurrentUser user, CancellationToken ct) =>
        await ApiSupport.FindVisibleVoteAsync(db, user, id, VoteKinds.ProjectVote, ct) is { } vote
            ? TypedResults.Ok(VoteResponse.From(vote))
            : TypedResults.NotFound();

    private static Task<Results<Ok<VoteResponse>, NotFound, ProblemHttpResult>> OpenAsync(
        Guid id, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        Polls.OpenAsync(db, id, VoteKinds.ProjectVote, clock, ct);

    private static async Task<Results<Created<ReceiptResponse>, NotFound, ProblemHttpResult>> CastAsync(
        Guid id, CastBallotRequest request, VotingContext db, CurrentUser user, BallotBox box, TimeProvider clock, CancellationToken ct)
    {
        if (user.DeputyId is not { } deputyId)
        {
            return Problems.Forbidden("只有代表账号可以投票。");
        }

        return await Polls.CastAsync(
            db, box, clock, id, VoteKinds.ProjectVote, deputyId, publishAsDeputy: true,
            request.Selected, request.Choices?.Select(c => c is null ? null : new BallotMark(c.CandidateId, c.Choice)).ToList(), ct);
    }

    private static async Task<Results<Ok<ProjectVoteResult>, NotFound, ProblemHttpResult>> CloseAsync(
        Guid id, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var closed = await VoteLifecycle.CloseAsync(db, id, VoteKinds.ProjectVote, clock.GetUtcNow(), ct);
        if (closed is null)
        {
            return TypedResults.NotFound();
        }

        return closed.Value is { } vote ? TypedResults.Ok(vote.ProjectResult!) : closed.ToProblem()!;
    }

    /// <summary>Hidden until the vote closes: 409 (the request is valid, the vote's state does not allow it yet).</summary>
    private static async Task<Results<Ok<ProjectVoteResult>, NotFound, ProblemHttpResult>> ResultsAsync(
        Guid id, VotingContext db, CurrentUser user, CancellationToken ct)
    {
        var vote = await ApiSupport.FindVisibleVoteAsync(db, user, id, VoteKinds.ProjectVote, ct);
        if (vote is null)
        {
            return TypedResults.NotFound();
        }

        return vote.ResultsPublished().ToProblem() is { } hidden ? hidden : TypedResults.Ok(vote.ProjectResult!);
    }

    private static Task<Results<Ok<BallotHashesResponse>, NotFound, ProblemHttpResult>> BallotHashesAsync(Guid id, VotingContext db, CurrentUser user, CancellationToken ct) =>
        Polls.BallotHashesAsync(db, user, id, VoteKinds.ProjectVote, ct);

    /// <summary>
    /// Whoever holds the receipt code learns that the ballot is in the box (and, after closing, in the count)
    /// but not what it says. Unknown code: 404. Project votes' and evaluations' receipts alike.
    /// </summary>
    private static async Task<Results<Ok<ReceiptCheckResponse>, NotFound, ProblemHttpResult>> CheckReceiptAsync(
        ReceiptCheckRequest request, VotingContext db, CancellationToken ct)
    {
        var typed = Receipts.HashOfTyped(request.Code);
        if (typed.Value is not { } hash)
        {
            return typed.ToProblem()!;
        }

        var voteId = await db.Ballots.AsNoTracking().Where(b => b.ReceiptHash == hash).Select(b => (Guid?)b.VoteId).FirstOrDefaultAsync(ct);
        if (voteId is null)
        {
            return TypedResults.NotFound();
        }

        var vote = await db.Votes.AsNoTracking().IgnoreQueryFilters().FirstAsync(v => v.Id == voteId, ct);
        return TypedResults.Ok(new ReceiptCheckResponse(
            vote.Id, vote.Kind, vote.Title, vote.Status, Recorded: true, Counted: vote.Status == VoteStatus.Closed, hash));
    }
}
