using Microsoft.EntityFrameworkCore;
using Npgsql;
using RenminDaibiao.Messaging;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

/// <summary>Opening (voter snapshot) and closing (count, publish, reseal) of a vote, each in one transaction.</summary>
public static class VoteLifecycle
{
    /// <summary>
    /// Opens <paramref name="vote"/>: snapshots the eligible voters — the congress's serving deputies at
    /// this moment, or the evaluation's explicit list — and publishes VoteOpened.
    /// </summary>
    public static async Task OpenAsync(VotingContext db, Vote vote, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(vote);
        List<Guid> voters;
        if (vote.VoterList.Count > 0)
        {
            voters = vote.VoterList;
        }
        else
        {
            voters = await db.Seats
                .Where(s => s.CongressId == vote.CongressId && s.Status == Seat.Serving)
                .Select(s => s.DeputyId)
                .ToListAsync(ct);
        }

        var opened = vote.Open(voters, now);
        db.EligibleVoters.AddRange(voters.Select(voter => new EligibleVoter(vote.Id, voter)));
        db.AddIntegrationEvent(opened);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Closes the vote under a row lock (the ballot box holds FOR SHARE while it commits, so no ballot
    /// enters after the count), stores the immutable result, creates the follow-up records (projects for
    /// passed candidates, rectifications for subjects below the threshold) and rewrites the vote's
    /// ballots in random order with fresh random ids, so that neither their transaction ids nor their
    /// physical order still reflect the order in which they were cast.
    /// </summary>
    public static async Task<Vote?> CloseAsync(VotingContext db, Guid id, string kind, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);

            // The division filter applies here as everywhere: a vote the caller may not see is not found.
            var vote = await db.Votes.FirstOrDefaultAsync(v => v.Id == id && v.Kind == kind, token);
            if (vote is null)
            {
                return null;
            }

            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM votes WHERE \"Id\" = {id} FOR UPDATE", token);
            await db.Entry(vote).ReloadAsync(token);

            var ballots = await db.Ballots.Where(b => b.VoteId == id).Select(b => b.Choices).ToListAsync(token);
            vote.Close([.. ballots.Select(Vote.DeserializeChoices)], now);

            if (vote.ProjectResult is { } projectResult)
            {
                foreach (var passed in projectResult.Items.Where(i => i.Passed))
                {
                    db.Projects.Add(Project.FromPassedCandidate(vote, vote.Items.First(i => i.Id == passed.ItemId), now));
                }
            }

            if (vote.EvaluationResult is { } evaluationResult)
            {
                foreach (var subject in evaluationResult.Subjects.Where(s => s.BelowThreshold))
                {
                    var rectification = Rectification.For(vote, vote.Items.First(i => i.Id == subject.ItemId), subject.SatisfactionRate ?? 0m, now);
                    db.Rectifications.Add(rectification);
                    db.AddIntegrationEvent(rectification.RectificationDeadline());
                }
            }

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
            return vote;
        }, ct);
    }

    internal static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
