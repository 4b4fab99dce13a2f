using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

/// <summary>Operations shared by project votes and satisfaction evaluations.</summary>
internal static class Polls
{
    public static async Task<Results<Ok<VotesApi.VoteResponse>, NotFound, ProblemHttpResult>> OpenAsync(
        VotingContext db, Guid id, string kind, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            var opened = await VoteLifecycle.OpenAsync(db, id, kind, clock.GetUtcNow(), ct);
            if (opened is null)
            {
                return TypedResults.NotFound();
            }

            return opened.Value is { } vote ? TypedResults.Ok(VotesApi.VoteResponse.From(vote)) : opened.ToProblem()!;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return Problems.Conflict("该票决已由他人开启。");
        }
    }

    /// <summary>
    /// The published receipt hashes of a closed vote, for anyone who may read its results: each voter finds
    /// the hash of their own receipt in it. 404 when the caller cannot see the vote; 409 before closing, like
    /// the results (the request is valid, the vote's state does not allow it yet, and the box is still filling).
    /// </summary>
    public static async Task<Results<Ok<VotesApi.BallotHashesResponse>, NotFound, ProblemHttpResult>> BallotHashesAsync(
        VotingContext db, CurrentUser user, Guid id, string kind, CancellationToken ct)
    {
        var vote = await ApiSupport.FindVisibleVoteAsync(db, user, id, kind, ct);
        if (vote is null)
        {
            return TypedResults.NotFound();
        }

        if (vote.ResultsPublished().ToProblem() is { } hidden)
        {
            return hidden;
        }

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
    public static async Task<Results<Created<VotesApi.ReceiptResponse>, NotFound, ProblemHttpResult>> CastAsync(
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
        if (vote.AcceptsBallots(now).ToProblem() is { } closed)
        {
            return closed;
        }

        if (!await db.EligibleVoters.AnyAsync(e => e.VoteId == id && e.VoterId == voterId, ct))
        {
            return Problems.Forbidden("您不在本次票决的应到人员名单中。");
        }

        if (vote.VoterKind == VoterKinds.Deputies && vote.CongressId is { } congressId
            && await db.Seats.AsNoTracking().FirstOrDefaultAsync(s => s.CongressId == congressId && s.DeputyId == voterId, ct) is { IsServing: false })
        {
            return Problems.Forbidden("您已不再担任该届人大代表,不能投票。");
        }

        var prepared = vote.PrepareBallot(selected, marks);
        if (prepared.Value is not { } choices)
        {
            return prepared.ToProblem()!;
        }

        var result = await box.CastAsync(
            new CastRequest(vote.Id, voterId, vote.Kind, vote.Title, vote.DivisionCode, publishAsDeputy, choices), ct);
        return result.Outcome switch
        {
            // No Location header: the receipt code must not travel in headers that proxies and traces record.
            CastOutcome.Accepted => TypedResults.Created(
                (string?)null,
                new VotesApi.ReceiptResponse(result.ReceiptCode!, vote.Id, "投票成功。请妥善保存回执码,它只显示这一次,凭它可核实您的选票已计入。")),
            CastOutcome.AlreadyVoted => Problems.Conflict("每人只能投一次票。"),
            _ => Problems.Conflict("该票决已结束,不能投票。"),
        };
    }
}
