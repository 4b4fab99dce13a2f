using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

/// <summary>民生实事 project votes (票决): create, open, cast, close, results, receipts.</summary>
public static class VotesApi
{
    public static IEndpointRouteBuilder MapVotesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voting/votes").WithTags("Votes").RequireAuthorization().WithConflictsAs409();
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetVote");
        group.MapPost("/{id:guid}/open", OpenAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/ballots", CastAsync).RequireAuthorization(Policies.Deputy);
        group.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapGet("/{id:guid}/results", ResultsAsync);
        group.MapGet("/{id:guid}/ballot-hashes", BallotHashesAsync);
        group.MapPost("/receipts/check", CheckReceiptAsync);
        return app;
    }

    public sealed record CreateVoteRequest(
        Guid? CongressId, string? Title, string? Session, string? Mode, int? MaxChoices, IReadOnlyList<Guid>? CandidateIds, DateTimeOffset? ClosesAt);

    public sealed record MarkRequest(Guid? CandidateId, string? Choice);

    /// <summary>choose mode: <c>selected</c> (up to N candidate ids); approve mode: <c>choices</c> (one mark per candidate).</summary>
    public sealed record CastBallotRequest(IReadOnlyList<Guid>? Selected, IReadOnlyList<MarkRequest?>? Choices);

    public sealed record ItemResponse(Guid Id, string Title, string? SubjectKind, string? UnitCode);

    public sealed record VoteResponse(
        Guid Id, string Kind, Guid? CongressId, string DivisionCode, string Title, string Session, string Mode, int? MaxChoices,
        string VoterKind, decimal? Threshold, string Status, int EligibleCount, DateTimeOffset CreatedAt, DateTimeOffset? OpenedAt,
        DateTimeOffset? ClosesAt, DateTimeOffset? ClosedAt, IReadOnlyList<ItemResponse> Items)
    {
        public static VoteResponse From(Vote v) => new(
            v.Id, v.Kind, v.CongressId, v.DivisionCode, v.Title, v.Session, ModeName(v.Mode), v.MaxChoices, v.VoterKind, v.Threshold,
            v.Status.ToString().ToLowerInvariant(), v.EligibleCount, v.CreatedAt, v.OpenedAt, v.ClosesAt, v.ClosedAt,
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
        Guid VoteId, string Kind, string VoteTitle, string VoteStatus, bool Recorded, bool Counted, string ReceiptHash);

    /// <summary>The receipt hashes of every counted ballot, sorted (so their order tells nothing), without choices.</summary>
    public sealed record BallotHashesResponse(Guid VoteId, int BallotCount, IReadOnlyList<string> ReceiptHashes);

    internal static string ModeName(VoteMode mode) => mode switch
    {
        VoteMode.ChooseUpTo => "choose",
        VoteMode.ApproveOppose => "approve",
        _ => "satisfaction",
    };

    private static async Task<IResult> CreateAsync(
        CreateVoteRequest request, VotingContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var congress = request.CongressId is { } congressId
            ? await db.Congresses.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == congressId, ct)
            : null;
        if (congress is not null && !user.CanAccessDivision(congress.DivisionCode))
        {
            return ApiSupport.Forbidden("不能为其他行政区划的人大组织票决。");
        }

        // More ids than a vote may hold are refused by the domain without looking them up.
        var ids = request.CandidateIds is { Count: <= VotingLimits.VoteItemsMaxCount } given ? given.Distinct().ToList() : [];
        var candidates = await db.Candidates.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var passed = await VoteLifecycle.PassedCandidatesAsync(db, ids, ct);
        var (vote, errors) = Vote.CreateProjectVote(
            congress, request.Title, request.Session, request.Mode, request.MaxChoices, request.CandidateIds, candidates, passed,
            request.ClosesAt, clock.GetUtcNow());
        if (vote is null)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        db.Votes.Add(vote);
        await db.SaveChangesAsync(ct);
        return TypedResults.CreatedAtRoute(VoteResponse.From(vote), "GetVote", new { id = vote.Id });
    }

    private static async Task<IResult> ListAsync(VotingContext db, string? status, CancellationToken ct)
    {
        var votes = await db.Votes.AsNoTracking().Where(v => v.Kind == VoteKinds.ProjectVote)
            .OrderByDescending(v => v.CreatedAt).Take(200).ToListAsync(ct);
        return TypedResults.Ok(votes.Where(v => status is null || v.Status.ToString().Equals(status, StringComparison.OrdinalIgnoreCase))
            .Select(VoteResponse.From).ToList());
    }

    private static async Task<IResult> GetAsync(Guid id, VotingContext db, CurrentUser user, CancellationToken ct) =>
        await ApiSupport.FindVisibleVoteAsync(db, user, id, VoteKinds.ProjectVote, ct) is { } vote
            ? TypedResults.Ok(VoteResponse.From(vote))
            : TypedResults.NotFound();

    private static async Task<IResult> OpenAsync(Guid id, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        await Polls.OpenAsync(db, id, VoteKinds.ProjectVote, clock, ct);

    private static async Task<IResult> CastAsync(
        Guid id, CastBallotRequest request, VotingContext db, CurrentUser user, BallotBox box, TimeProvider clock, CancellationToken ct)
    {
        if (user.DeputyId is not { } deputyId)
        {
            return ApiSupport.Forbidden("只有代表账号可以投票。");
        }

        return await Polls.CastAsync(
            db, box, clock, id, VoteKinds.ProjectVote, deputyId, publishAsDeputy: true,
            request.Selected, request.Choices?.Select(c => c is null ? null : new BallotMark(c.CandidateId, c.Choice)).ToList(), ct);
    }

    private static async Task<IResult> CloseAsync(Guid id, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        await VoteLifecycle.CloseAsync(db, id, VoteKinds.ProjectVote, clock.GetUtcNow(), ct) is { } vote
            ? TypedResults.Ok(vote.ProjectResult)
            : TypedResults.NotFound();

    /// <summary>Hidden until the vote closes: 409 (the request is valid, the vote's state does not allow it yet).</summary>
    private static async Task<IResult> ResultsAsync(Guid id, VotingContext db, CurrentUser user, CancellationToken ct)
    {
        var vote = await ApiSupport.FindVisibleVoteAsync(db, user, id, VoteKinds.ProjectVote, ct);
        if (vote is null)
        {
            return TypedResults.NotFound();
        }

        vote.EnsureResultsPublished();
        return TypedResults.Ok(vote.ProjectResult);
    }

    private static Task<IResult> BallotHashesAsync(Guid id, VotingContext db, CurrentUser user, CancellationToken ct) =>
        Polls.BallotHashesAsync(db, user, id, VoteKinds.ProjectVote, ct);

    /// <summary>
    /// Whoever holds the receipt code learns that the ballot is in the box (and, after closing, in the count)
    /// but not what it says. Unknown code: 404. Project votes' and evaluations' receipts alike.
    /// </summary>
    private static async Task<IResult> CheckReceiptAsync(ReceiptCheckRequest request, VotingContext db, CancellationToken ct)
    {
        var (hash, errors) = Receipts.HashOfTyped(request.Code);
        if (hash is null)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        var voteId = await db.Ballots.AsNoTracking().Where(b => b.ReceiptHash == hash).Select(b => (Guid?)b.VoteId).FirstOrDefaultAsync(ct);
        if (voteId is null)
        {
            return TypedResults.NotFound();
        }

        var vote = await db.Votes.AsNoTracking().IgnoreQueryFilters().FirstAsync(v => v.Id == voteId, ct);
        return TypedResults.Ok(new ReceiptCheckResponse(
            vote.Id, vote.Kind, vote.Title, vote.Status.ToString().ToLowerInvariant(), Recorded: true, Counted: vote.Status == VoteStatus.Closed, hash));
    }
}

/// <summary>Operations shared by project votes and satisfaction evaluations.</summary>
internal static class Polls
{
    public static async Task<IResult> OpenAsync(VotingContext db, Guid id, string kind, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            return await VoteLifecycle.OpenAsync(db, id, kind, clock.GetUtcNow(), ct) is { } vote
                ? TypedResults.Ok(VotesApi.VoteResponse.From(vote))
                : TypedResults.NotFound();
        }
        catch (DbUpdateException exception) when (VoteLifecycle.IsUniqueViolation(exception) || exception is DbUpdateConcurrencyException)
        {
            return ApiSupport.Conflict("不能开启", "该票决已由他人开启。");
        }
    }

    /// <summary>
    /// The published receipt hashes of a closed vote, for anyone who may read its results: each voter finds
    /// the hash of their own receipt in it. 404 when the caller cannot see the vote; 409 before closing, like
    /// the results (the request is valid, the vote's state does not allow it yet, and the box is still filling).
    /// </summary>
    public static async Task<IResult> BallotHashesAsync(VotingContext db, CurrentUser user, Guid id, string kind, CancellationToken ct)
    {
        var vote = await ApiSupport.FindVisibleVoteAsync(db, user, id, kind, ct);
        if (vote is null)
        {
            return TypedResults.NotFound();
        }

        vote.EnsureResultsPublished();
        var hashes = await db.Ballots.AsNoTracking().Where(b => b.VoteId == id).Select(b => b.ReceiptHash).ToListAsync(ct);
        hashes.Sort(StringComparer.Ordinal);
        return TypedResults.Ok(new VotesApi.BallotHashesResponse(id, hashes.Count, hashes));
    }

    /// <summary>
    /// Checks and casts one ballot. Status codes, on purpose:
    /// 404 no such vote; 409 the vote is not open yet, already closed or past its closing time (a state
    /// conflict that may change); 403 the caller is not on this vote's voter list (a deputy of another
    /// congress, or one without a serving seat when the vote opened) or has resigned / been removed since
    /// (not a state of the vote but the caller's lack of the right to vote); 400 a malformed ballot;
    /// 409 a second ballot by the same voter.
    /// </summary>
    public static async Task<IResult> CastAsync(
        VotingContext db, BallotBox box, TimeProvider clock, Guid id, string kind, Guid voterId, bool publishAsDeputy,
        IReadOnlyList<Guid>? selected, IReadOnlyList<BallotMark?>? marks, CancellationToken ct)
    {
        // Eligibility decides, not the division: a county congress's deputy may live in a township.
        var vote = await db.Votes.AsNoTracking().IgnoreQueryFilters().FirstOrDefaultAsync(v => v.Id == id && v.Kind == kind, ct);
        if (vote is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        vote.EnsureAcceptsBallots(now);
        if (!await db.EligibleVoters.AnyAsync(e => e.VoteId == id && e.VoterId == voterId, ct))
        {
            return ApiSupport.Forbidden("您不在本次票决的应到人员名单中。");
        }

        if (vote.VoterKind == VoterKinds.Deputies && vote.CongressId is { } congressId
            && await db.Seats.AsNoTracking().FirstOrDefaultAsync(s => s.CongressId == congressId && s.DeputyId == voterId, ct) is { IsServing: false })
        {
            return ApiSupport.Forbidden("您已不再担任该届人大代表,不能投票。");
        }

        var (choices, errors) = vote.PrepareBallot(selected, marks);
        if (choices is null)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        var result = await box.CastAsync(
            new CastRequest(vote.Id, voterId, vote.Kind, vote.Title, vote.DivisionCode, publishAsDeputy, choices), ct);
        return result.Outcome switch
        {
            // No Location header: the receipt code must not travel in headers that proxies and traces record.
            CastOutcome.Accepted => TypedResults.Created(
                (string?)null,
                new VotesApi.ReceiptResponse(result.ReceiptCode!, vote.Id, "投票成功。请妥善保存回执码,它只显示这一次,凭它可核实您的选票已计入。")),
            CastOutcome.AlreadyVoted => ApiSupport.Conflict("已经投过票", "每人只能投一次票。"),
            _ => ApiSupport.Conflict("已经结束", "该票决已结束,不能投票。"),
        };
    }
}
