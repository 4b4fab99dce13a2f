using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RenminDaibiao.TestSupport;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Tests;

/// <summary>What a database administrator finds in the tables: who took part, and choices that cannot be tied to anyone.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class SecrecyTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Fact]
    public async Task No_column_or_join_ties_a_stored_choice_to_a_deputy()
    {
        // 3 candidates, approve/oppose/abstain: 20 deputies cast, one after the other, 20 distinct ballots.
        var (congress, deputies) = await _host.SeedCongressAsync(20);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 3);
        var voteId = await _host.CreateVoteAsync(congress, candidates);
        await _host.OpenAsync(voteId);
        var marks = new[] { Choices.Approve, Choices.Oppose, Choices.Abstain };
        var castOrder = new List<string>();
        for (var i = 0; i < deputies.Count; i++)
        {
            var pattern = new[] { marks[i % 3], marks[i / 3 % 3], marks[i / 9 % 3] };
            using var cast = await _host.Deputy(deputies[i]).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", new
            {
                choices = candidates.Select((candidateId, k) => new { candidateId, choice = pattern[k] }).ToArray(),
            });
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
            castOrder.Add(string.Join(',', pattern));
        }

        await using var connection = new NpgsqlConnection(_host.Factory.DatabaseConnectionString);
        await connection.OpenAsync();

        // The ballots table: an id, the vote, the receipt's hash and the choices. No voter, no time, no sequence.
        var columns = await ListAsync(connection,
            "SELECT column_name || ':' || data_type || ':' || coalesce(column_default, '') FROM information_schema.columns WHERE table_name = 'ballots' ORDER BY column_name");
        Assert.Equal(["choices:jsonb:", "id:uuid:", "receipt_hash:character varying:", "vote_id:uuid:"], columns);
        var participationColumns = await ListAsync(connection,
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'participations' ORDER BY column_name");
        Assert.Equal(["vote_id", "voter_id"], participationColumns);
        Assert.Empty(await ListAsync(connection,
            "SELECT column_name FROM information_schema.columns WHERE table_name IN ('ballots', 'participations') AND data_type LIKE 'timestamp%'"));
        Assert.Empty(await ListAsync(connection, "SELECT sequence_name::text FROM information_schema.sequences"));

        // No foreign key or shared column other than vote_id joins a ballot to a participation.
        Assert.Empty(await ListAsync(connection,
            """
            SELECT tc.constraint_name::text FROM information_schema.table_constraints tc
            WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name IN ('ballots', 'participations')
            """));
        var shared = await ListAsync(connection,
            """
            SELECT b.column_name::text FROM information_schema.columns b
            JOIN information_schema.columns p ON p.column_name = b.column_name AND p.table_name = 'participations'
            WHERE b.table_name = 'ballots'
            """);
        Assert.Equal(["vote_id"], shared);

        // No stored ballot mentions any deputy.
        var rows = await ListAsync(connection, $"SELECT id::text || ' ' || receipt_hash || ' ' || choices::text FROM ballots WHERE vote_id = '{voteId}'");
        Assert.Equal(20, rows.Count);
        Assert.All(rows, row => Assert.DoesNotContain(deputies, d => row.Contains(d.ToString(), StringComparison.OrdinalIgnoreCase)));

        // Ids are random (version 4): not time-ordered, so they carry no insertion order.
        var ids = await ListAsync(connection, $"SELECT id::text FROM ballots WHERE vote_id = '{voteId}'");
        Assert.All(ids, id => Assert.Equal('4', id[14]));

        // After closing, neither the physical order, the id order nor the transaction id (xmin) follows the cast order.
        Assert.Equal(HttpStatusCode.OK, (await _host.Staff().PostAsync($"/api/voting/votes/{voteId}/close", null)).StatusCode);
        var byPosition = await PatternsAsync(connection, $"SELECT choices::text FROM ballots WHERE vote_id = '{voteId}' ORDER BY ctid");
        var byId = await PatternsAsync(connection, $"SELECT choices::text FROM ballots WHERE vote_id = '{voteId}' ORDER BY id");
        Assert.Equal(castOrder.Order(), byPosition.Order());
        Assert.NotEqual(castOrder, byPosition);
        Assert.NotEqual(castOrder, byId);
        Assert.Single(await ListAsync(connection, $"SELECT DISTINCT xmin::text FROM ballots WHERE vote_id = '{voteId}'"));

        // The published participation events carry no choice and all events of a cast group the same time.
        var participated = await _host.OutboxAsync("VoteParticipated");
        Assert.Equal(20, participated.Count);
        Assert.All(participated, p => Assert.DoesNotContain(candidates, c => p.GetRawText().Contains(c.ToString(), StringComparison.OrdinalIgnoreCase)));

        async Task<List<string>> PatternsAsync(NpgsqlConnection c, string sql) =>
            [.. (await ListAsync(c, sql)).Select(json =>
            {
                var choices = Vote.DeserializeChoices(json);
                return string.Join(',', candidates.Select(id => choices.Single(x => x.ItemId == id).Choice));
            })];
    }

    [Fact]
    public async Task The_stored_receipt_is_only_a_hash_of_the_code_given_to_the_deputy()
    {
        var (congress, deputies) = await _host.SeedCongressAsync(2);
        var candidates = await _host.ApprovedCandidatesAsync(congress, 1);
        var voteId = await _host.CreateVoteAsync(congress, candidates);
        await _host.OpenAsync(voteId);
        using var cast = await _host.Deputy(deputies[0]).PostAsJsonAsync($"/api/voting/votes/{voteId}/ballots", VotingHost.Approve(candidates));
        var code = (await cast.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("receiptCode").GetString()!;

        var stored = await _host.WithDbAsync(db => db.Ballots.Where(b => b.VoteId == voteId).Select(b => b.ReceiptHash).SingleAsync());

        Assert.NotEqual(code, stored);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), stored, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Receipts.Hash(code), stored);
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
