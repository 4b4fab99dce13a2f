using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

internal static class ApiSupport
{
    /// <summary>
    /// The one place where a lost update becomes 409 problem details: another request changed the record (a state
    /// machine with a concurrency token, such as a rectification) between this request's read and its save.
    /// </summary>
    public static RouteGroupBuilder WithLostUpdatesAs409(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict("该记录已被他人同时修改,请刷新后重试。");
            }
        });
        return group;
    }

    /// <summary>
    /// A vote visible to the caller: in the caller's division subtree, or — for voters whose account sits
    /// in a township below the congress's division — a vote the caller is an eligible voter of.
    /// </summary>
    public static async Task<Vote?> FindVisibleVoteAsync(VotingContext db, CurrentUser user, Guid id, string kind, CancellationToken ct)
    {
        var vote = await db.Votes.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id && v.Kind == kind, ct);
        if (vote is not null)
        {
            return vote;
        }

        var voterIds = VoterIdsOf(user);
        if (voterIds.Count == 0 || !await db.EligibleVoters.AnyAsync(e => e.VoteId == id && voterIds.Contains(e.VoterId), ct))
        {
            return null;
        }

        return await db.Votes.AsNoTracking().IgnoreQueryFilters().FirstOrDefaultAsync(v => v.Id == id && v.Kind == kind, ct);
    }

    /// <summary>
    /// The votes of <paramref name="kind"/> the caller may cast a ballot in now: open, not past closing, the caller on
    /// the list of eligible voters and not yet taken part. Eligibility decides, not the division, as for casting.
    /// </summary>
    public static IQueryable<Vote> CastableBy(VotingContext db, CurrentUser user, string kind, DateTimeOffset now)
    {
        var voterIds = VoterIdsOf(user);
        return db.Votes.AsNoTracking().IgnoreQueryFilters()
            .Where(v => v.Kind == kind && v.Status == VoteStatus.Open && (v.ClosesAt == null || v.ClosesAt > now))
            .Where(v => db.EligibleVoters.Any(e => e.VoteId == v.Id && voterIds.Contains(e.VoterId)))
            .Where(v => !db.Participations.Any(p => p.VoteId == v.Id && voterIds.Contains(p.VoterId)));
    }

    private static List<Guid> VoterIdsOf(CurrentUser user)
    {
        var ids = new List<Guid>();
        if (user.DeputyId is { } deputy)
        {
            ids.Add(deputy);
        }

        if (user.Id != Guid.Empty)
        {
            ids.Add(user.Id);
        }

        return ids;
    }
}
