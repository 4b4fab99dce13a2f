using System.Text.Json.Nodes;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using Xunit.Abstractions;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>
/// Every write endpoint the service maps, found in its endpoint data source, gets malformed input against the
/// demo city: no 5xx, a 400 names the field, nothing is stored, over-long strings and huge arrays are refused.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BadInputSweepTests(InfrastructureFixture infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly DemoServiceFactory<Program> _service = new(infrastructure, "deputiesdb");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();

    [Fact]
    public async Task Every_write_endpoint_answers_malformed_input_with_400_naming_the_field_and_stores_nothing()
    {
        await ServiceHealth.AssertReadyWithAsync(_service.CreateClient());
        var cityCongress = await BadInputSweep.QueryAsync<Guid>(
            _service.DatabaseConnectionString, $"""SELECT "Id" FROM congresses WHERE "DivisionCode" = '{DemoSeeder.City}' ORDER BY "Term" DESC LIMIT 1""");
        var report = await BadInputSweep.RunAsync(new BadInputSweepOptions
        {
            Services = _service.Services,
            CreateClient = _service.CreateClient,
            DatabaseConnectionString = _service.DatabaseConnectionString,
            DivisionCode = DemoSeeder.City,
            Subject = role => TestTokens.Subject(role, DemoSeeder.City, deputyId: role == Roles.Deputy ? DemoSeeder.CityDeputyId : null),
            RouteValueQueries = new Dictionary<string, string>
            {
                ["/api/deputies/congresses/{id:guid}"] = $"""SELECT '{cityCongress}' AS id""",
                ["/api/deputies/duties/{id:guid}"] = $"""SELECT "Id" AS id FROM duty_records WHERE "DeputyId" = '{DemoSeeder.CityDeputyId}' ORDER BY "Id" LIMIT 1""",
                ["/api/deputies/groups/{id:guid}/members/{deputyId:guid}"] = """SELECT "GroupId" AS id, "DeputyId" AS "deputyId" FROM group_members LIMIT 1""",
                ["/api/deputies/deputies/{id:guid}/seats/{seatId:guid}"] = """SELECT "DeputyId" AS id, "Id" AS "seatId" FROM deputy_seats LIMIT 1""",
            },
            PropertyValues = new Dictionary<string, JsonNode?>
            {
                ["gender"] = "female",
                ["level"] = "city",
                ["birthDate"] = "1979-06-01",
                ["kind"] = "research",
                ["method"] = "visit",
                ["status"] = "serving",
                ["congressId"] = cityCongress,
                ["deputyId"] = DemoSeeder.CityDeputyId,
                ["memberIds"] = new JsonArray(DemoSeeder.CityDeputyId),
                ["code"] = "411302950",
            },
            IgnoredTables = ["personal_data_reads"],
        });

        output.WriteLine(report.Summary());
        report.AssertNoFailures();
    }
}
