using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using RenminDaibiao.Contracts.Voting;
using RenminDaibiao.Messaging;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

/// <summary>
/// The ballot box: every cast goes through here and is committed in a short transaction together with
/// the other casts that arrived within the same few milliseconds (group commit). Per cast, one
/// transaction writes the participation row (vote_id, voter_id) — whose unique key makes a second
/// ballot impossible, across processes too (INSERT … ON CONFLICT DO NOTHING) — and the ballot row, which
/// has no voter, no time and a random id. Grouping serves two ends:
/// <list type="bullet">
/// <item>speed under load: 1,000 casts become a handful of transactions instead of 1,000;</item>
/// <item>secrecy: all rows of a group share one transaction id (xmin) and are inserted in independently
/// shuffled orders, so neither xmin nor the physical row order links a ballot to a voter more closely
/// than "one of this group". When the vote closes, its ballots are rewritten in random order in the
/// closing transaction, which also erases that (see <see cref="VoteLifecycle"/>).</item>
/// </list>
/// Residual risk, documented: while a vote is open, a database administrator who reads xmin or the heap
/// order can narrow a ballot down to the group it was committed with; a group of one (a lone voter at
/// a quiet moment) is then linkable until the vote closes. Dead tuple versions left by the closing
/// rewrite remain readable with superuser tools (pageinspect, WAL) until VACUUM removes them.
/// </summary>
public sealed class BallotBox(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BallotBox> logger) : BackgroundService
{
    private const int MaxBatch = 2000;
    private static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(15);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a checked ballot and waits until it is committed or rejected.</summary>
    public async Task<CastResult> CastAsync(CastRequest request, CancellationToken cancellationToken)
    {
        var pending = new Pending(request, new TaskCompletionSource<CastResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);

        // Not cancellable once queued: the ballot may already be committing, and its receipt must reach the voter.
        return await pending.Completion.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                var batch = new List<Pending>();
                while (batch.Count < MaxBatch && reader.TryRead(out var first))
                {
                    batch.Add(first);
                }

                // Let the casts arriving at the same moment join this transaction.
                await Task.Delay(GatherWindow, stoppingToken);
                while (batch.Count < MaxBatch && reader.TryRead(out var more))
                {
                    batch.Add(more);
                }

                try
                {
                    var results = await CommitAsync(batch, stoppingToken);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Completion.TrySetResult(results[i]);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "A group of {Count} ballots could not be committed", batch.Count);
                    foreach (var pending in batch)
                    {
                        pending.Completion.TrySetException(exception);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: whatever is still queued was never committed.
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (reader.TryRead(out var left))
            {
                left.Completion.TrySetException(new OperationCanceledException("the service is stopping"));
            }
        }
    }

    private async Task<CastResult[]> CommitAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VotingContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            ct => CommitOnceAsync(db, batch, ct), cancellationToken);
    }

    private async Task<CastResult[]> CommitOnceAsync(VotingContext db, List<Pending> batch, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        var results = new CastResult[batch.Count];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();

        // Closing takes FOR UPDATE on the vote, so no ballot slips in after the count.
        var voteIds = batch.Select(p => p.Request.VoteId).Distinct().ToArray();
        var open = new HashSet<Guid>();
        await using (var lockVotes = new NpgsqlCommand(
            "SELECT \"Id\" FROM votes WHERE \"Id\" = ANY(@ids) AND \"Status\" = 'Open' AND (\"ClosesAt\" IS NULL OR \"ClosesAt\" > @now) FOR SHARE",
            connection, npgsqlTransaction))
        {
            lockVotes.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = voteIds });
            lockVotes.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.UtcDateTime });
            await using var reader = await lockVotes.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                open.Add(reader.GetGuid(0));
            }
        }

        // First ballot of a voter in the group goes on; a repeat in the same group is a second ballot.
        var candidates = new List<int>();
        var seen = new HashSet<(Guid, Guid)>();
        for (var i = 0; i < batch.Count; i++)
        {
            var request = batch[i].Request;
            if (!open.Contains(request.VoteId))
            {
                results[i] = new CastResult(CastOutcome.NotOpen, null);
            }
            else if (!seen.Add((request.VoteId, request.VoterId)))
            {
                results[i] = new CastResult(CastOutcome.AlreadyVoted, null);
            }
            else
            {
                candidates.Add(i);
            }
        }

        var shuffled = candidates.ToArray();
        RandomNumberGenerator.Shuffle<int>(shuffled);
        var accepted = new HashSet<(Guid, Guid)>();
        if (shuffled.Length > 0)
        {
            await using var participate = new NpgsqlCommand(
                "INSERT INTO participations (vote_id, voter_id) SELECT * FROM unnest(@votes, @voters) "
                + "ON CONFLICT DO NOTHING RETURNING vote_id, voter_id",
                connection, npgsqlTransaction);
            participate.Parameters.Add(new NpgsqlParameter("votes", NpgsqlDbType.Array | NpgsqlDbType.Uuid)
            { Value = shuffled.Select(i => batch[i].Request.VoteId).ToArray() });
            participate.Parameters.Add(new NpgsqlParameter("voters", NpgsqlDbType.Array | NpgsqlDbType.Uuid)
            { Value = shuffled.Select(i => batch[i].Request.VoterId).ToArray() });
            await using var reader = await participate.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                accepted.Add((reader.GetGuid(0), reader.GetGuid(1)));
            }
        }

        // Ballots and events go in separately shuffled orders; the events all carry the group's time.
        var ballotOrder = candidates.ToArray();
        RandomNumberGenerator.Shuffle<int>(ballotOrder);
        foreach (var i in ballotOrder)
        {
            var request = batch[i].Request;
            if (!accepted.Contains((request.VoteId, request.VoterId)))
            {
                results[i] = new CastResult(CastOutcome.AlreadyVoted, null);
                continue;
            }

            var code = Receipts.NewCode();
            db.Ballots.Add(Ballot.Create(request.VoteId, request.Choices, code));
            results[i] = new CastResult(CastOutcome.Accepted, code);
        }

        var eventOrder = candidates.Where(i => results[i].Outcome == CastOutcome.Accepted && batch[i].Request.PublishAsDeputy).ToArray();
        RandomNumberGenerator.Shuffle<int>(eventOrder);
        foreach (var i in eventOrder)
        {
            var request = batch[i].Request;
            db.AddIntegrationEvent(new VoteParticipated(request.VoteId, request.Kind, request.Title, request.VoterId, request.DivisionCode)
            {
                OccurredAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        VotingMetrics.BallotsCast.Add(accepted.Count);
        return results;
    }

    private sealed record Pending(CastRequest Request, TaskCompletionSource<CastResult> Completion);
}
