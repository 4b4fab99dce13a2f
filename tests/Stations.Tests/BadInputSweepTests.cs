using System.Text.Json.Nodes;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using Xunit.Abstractions;

namespace RenminDaibiao.Stations.Tests;

/// <summary>
/// Every write endpoint the service maps, found in its endpoint data source, gets malformed input against the
/// demo stations, roster and opinions: no 5xx, a 400 names the field, nothing is stored, over-long strings and
/// huge arrays are refused.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BadInputSweepTests(InfrastructureFixture infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private const string City = "411300";
    private const string Unit = "411300-JTJ";
    private readonly StationsFactory _service = new(infrastructure, demo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();

    [Fact]
    public async Task Every_write_endpoint_answers_malformed_input_with_400_naming_the_field_and_stores_nothing()
    {
        var report = await BadInputSweep.RunAsync(new BadInputSweepOptions
        {
            Services = _service.Services,
            CreateClient = _service.CreateClient,
            DatabaseConnectionString = _service.DatabaseConnectionString,
            DivisionCode = City,
            RolePreference = [Roles.StationStaff, Roles.CommitteeStaff, Roles.Admin, Roles.Deputy, Roles.HandlingUnit, Roles.Citizen],
            Subject = role => TestTokens.Subject(
                role, City, deputyId: role == Roles.Deputy ? StationsFactory.TownDeputy : null, unitCode: role == Roles.HandlingUnit ? Unit : null),
            RoleOverrides = new Dictionary<string, string>
            {
                ["/api/stations/hearings/letters/{letterId:guid}/answer"] = Roles.HandlingUnit,
                ["/api/stations/opinions/{id:guid}/feedback"] = Roles.HandlingUnit,
            },
            RouteValueQueries = new Dictionary<string, string>
            {
                ["/api/stations/roster/{id:guid}/shifts"] = """SELECT "Id" AS id FROM roster_entries ORDER BY "Id" LIMIT 1""",
                ["/api/stations/opinions/track/{code}/rating"] = """SELECT "TrackingCode" AS code FROM opinions ORDER BY "Id" LIMIT 1""",
                ["/api/stations/public/opinions/{code}/rating"] = """SELECT "TrackingCode" AS code FROM opinions ORDER BY "Id" LIMIT 1""",
                ["/api/stations/hearings/letters/{letterId:guid}/answer"] = $"""SELECT "Id" AS "letterId" FROM follow_up_letters WHERE "UnitCode" = '{Unit}' LIMIT 1""",
            },
            PropertyValues = new Dictionary<string, JsonNode?>
            {
                ["tier"] = "station",
                ["channel"] = "visit",
                ["phone"] = "13812341234",
                ["parentId"] = null,
                ["images"] = new JsonArray(),
            },
            IgnoredTables = ["audit_entries"],
        });

        output.WriteLine(report.Summary());
        report.AssertNoFailures();
    }
}
