using System.Text.Json.Nodes;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using RenminDaibiao.Voting.Domain;
using Xunit.Abstractions;

namespace RenminDaibiao.Voting.Tests;

/// <summary>
/// Every write endpoint the service maps, found in its endpoint data source, gets malformed input: no 5xx, a 400
/// names the field, nothing is stored, over-long strings and huge arrays are refused.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BadInputSweepTests(InfrastructureFixture infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);
    private Guid _deputyId;
    private Guid _congressId;

    public async Task InitializeAsync()
    {
        // A congress with seats, approved candidates, a draft and an open vote, besides the demo commitments.
        var (congressId, deputies) = await _host.SeedCongressAsync(3);
        _deputyId = deputies[0];
        _congressId = congressId;
        var candidates = await _host.ApprovedCandidatesAsync(congressId, 3);
        await _host.CreateVoteAsync(congressId, candidates);
        var open = await _host.CreateVoteAsync(congressId, candidates);
        await _host.OpenAsync(open);
        await _host.ApprovedCandidatesAsync(congressId, 1);
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Every_write_endpoint_answers_malformed_input_with_400_naming_the_field_and_stores_nothing()
    {
        var report = await BadInputSweep.RunAsync(new BadInputSweepOptions
        {
            Services = _host.Factory.Services,
            CreateClient = _host.Factory.CreateClient,
            DatabaseConnectionString = _host.Factory.DatabaseConnectionString,
            DivisionCode = VotingHost.County,
            Subject = role => TestTokens.Subject(role, VotingHost.County, deputyId: role == Roles.Deputy ? _deputyId : null),
            RoleOverrides = new Dictionary<string, string>
            {
                ["/api/voting/evaluations/{id:guid}/ballots"] = Roles.Deputy,
            },
            RouteValueQueries = new Dictionary<string, string>
            {
                ["/api/voting/votes/{id:guid}/ballots"] = """SELECT "Id" AS id FROM votes WHERE "Kind" <> 'evaluation' AND lower("Status") = 'open' LIMIT 1""",
                ["/api/voting/votes/{id:guid}/open"] = """SELECT "Id" AS id FROM votes WHERE "Kind" <> 'evaluation' AND lower("Status") = 'draft' LIMIT 1""",
                ["/api/voting/evaluations/{id:guid}/ballots"] = """SELECT "Id" AS id FROM votes WHERE "Kind" = 'evaluation' LIMIT 1""",
            },
            PropertyValues = new Dictionary<string, JsonNode?>
            {
                ["congressId"] = _congressId,
                ["voterKind"] = VoterKinds.Deputies,
                ["mode"] = "approve",
                ["choice"] = "approve",
                ["source"] = "government",
            },
        });

        output.WriteLine(report.Summary());
        report.AssertNoFailures();
    }
}
