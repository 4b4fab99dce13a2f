using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using RenminDaibiao.Primitives;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

/// <summary>Opening (voter snapshot) and closing (count, publish, reseal) of a vote, each in one transaction.</summary>
public static class VoteLifecycle
{
    /// <summary>An arbitrary key of the advisory lock, unique within the voting database.</summary>
    private const long CandidateLockKey = 7_060_011_001;

    /// <summary>
    /// Opens the vote: snapshots the eligible voters — the congress's serving deputies at this moment, or
    /// the evaluation's explicit list — and publishes VoteOpened. For a project vote, the candidates'
    /// availability (<see cref="Vote.Open"/>) is read under the candidate lock, so two votes sharing a
    /// candidate cannot both open, and a close creating projects cannot interleave.
    /// </summary>
    public static Task<Outcome<Vote>?> OpenAsync(VotingContext db, Guid id, string kind, DateTimeOffset now, CancellationToken ct) =>
        InTransactionAsync(db, id, kind, ct, async (vote, transaction, token) =>
        {
            var voters = vote.VoterList.Count > 0
                ? vote.VoterList
                : await db.Seats
                    .Where(s => s.CongressId == vote.CongressId && s.Status == Seat.Serving)
                    .Select(s => s.DeputyId)
                    .ToListAsync(token);
            List<Guid> candidateIds = vote.IsEvaluation ? [] : [.. vote.Items.Select(i => i.Id)];
            var opened = vote.Open(
                voters, await PassedCandidatesAsync(db, candidateIds, token), await CandidatesOnOtherOpenVotesAsync(db, vote, token), now);
            if (!opened.Succeeded)
            {
                return Refused(opened);
            }

            db.EligibleVoters.AddRange(voters.Select(voter => new EligibleVoter(vote.Id, voter)));
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return Outcome<Vote>.Made(vote);
        });

    /// <summary>The candidates among <paramref name="candidateIds"/> that passed a vote: each passed one is a project.</summary>
    public static async Task<IReadOnlySet<Guid>> PassedCandidatesAsync(VotingContext db, IReadOnlyCollection<Guid> candidateIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (candidateIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        // Whatever division the caller sees: a candidate passes once, platform-wide.
        var passed = await db.Projects.IgnoreQueryFilters().Where(p => candidateIds.Contains(p.CandidateId)).Select(p => p.CandidateId).ToListAsync(ct);
        return passed.ToHashSet();
    }

    private static async Task<IReadOnlySet<Guid>> CandidatesOnOtherOpenVotesAsync(VotingContext db, Vote vote, CancellationToken ct)
    {
        if (vote.IsEvaluation)
        {
            return new HashSet<Guid>();
        }

        var openVotes = await db.Votes.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.Kind == VoteKinds.ProjectVote && v.Status == VoteStatus.Open && v.CongressId == vote.CongressId && v.Id != vote.Id)
            .ToListAsync(ct);
        return openVotes.SelectMany(v => v.Items).Select(i => i.Id).ToHashSet();
    }

    /// <summary>
    /// Serialises opening project votes with closing them (transaction-scoped advisory lock): the check that
    /// a candidate is on no other open vote and has not passed must not race with another open or close.
    /// </summary>
    private static Task LockCandidatesAsync(VotingContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({CandidateLockKey})", ct);

    /// <summary>
    /// Closes the vote under a row lock (the ballot box holds FOR SHARE while it commits, so no ballot
    /// enters after the count), stores the immutable result with the follow-up records the vote's close
    /// requires (<see cref="Vote.Close"/>), and rewrites the vote's
    /// ballots in random order with fresh random ids, so that neither their transaction ids nor their
    /// physical order still reflect the order in which they were cast.
    /// </summary>
    public static Task<Outcome<Vote>?> CloseAsync(VotingContext db, Guid id, string kind, DateTimeOffset now, CancellationToken ct) =>
        InTransactionAsync(db, id, kind, ct, async (vote, transaction, token) =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM votes WHERE \"Id\" = {id} FOR UPDATE", token);
            await db.Entry(vote).ReloadAsync(token);

            var ballots = await db.Ballots.Where(b => b.VoteId == id).Select(b => b.Choices).ToListAsync(token);
            var closed = vote.Close([.. ballots.Select(Vote.DeserializeChoices)], now);
            if (closed.Value is not { } followUps)
            {
                return Refused(closed);
            }

            db.Projects.AddRange(followUps.Projects);
            db.Rectifications.AddRange(followUps.Rectifications);
            await db.SaveChangesAsync(token);
            await db.Database.ExecuteSqlAsync(
                $"""
                WITH moved AS (DELETE FROM ballots WHERE vote_id = {id} RETURNING vote_id, receipt_hash, choices)
                INSERT INTO ballots (id, vote_id, receipt_hash, choices)
                SELECT gen_random_uuid(), vote_id, receipt_hash, choices FROM moved ORDER BY random()
                """,
                token);
            await transaction.CommitAsync(token);
            VotingMetrics.VotesClosed.Add(1);
            return Outcome<Vote>.Made(vote);
        });

    /// <summary>
    /// Runs <paramref name="step"/> on the vote in one transaction (retried as a whole by the execution strategy),
    /// under the candidate lock for a project vote; null when the caller cannot see the vote (the division filter
    /// applies here as everywhere). The step commits what it keeps.
    /// </summary>
    private static async Task<Outcome<Vote>?> InTransactionAsync(
        VotingContext db, Guid id, string kind, CancellationToken ct, Func<Vote, IDbContextTransaction, CancellationToken, Task<Outcome<Vote>>> step)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            if (kind == VoteKinds.ProjectVote)
            {
                await LockCandidatesAsync(db, token);
            }

            var vote = await db.Votes.FirstOrDefaultAsync(v => v.Id == id && v.Kind == kind, token);
            return vote is null ? null : await step(vote, transaction, token);
        }, ct);
    }

    /// <summary>The vote's refusal, carried out of the transaction (which rolls back: it is never committed).</summary>
    private static Outcome<Vote> Refused(Outcome refusal) =>
        refusal.Errors is { } errors ? Outcome<Vote>.Invalid(errors)
        : refusal.Denial is { } denial ? Outcome<Vote>.Forbidden(denial)
        : Outcome<Vote>.Illegal(refusal.Conflict!);
}
