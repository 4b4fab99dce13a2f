using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using Xunit.Abstractions;

namespace RenminDaibiao.Suggestions.Tests;

/// <summary>
/// Every write endpoint the service maps, found in its endpoint data source, gets malformed input against the
/// demo suggestions and units: no 5xx, a 400 names the field, nothing is stored, over-long strings and huge
/// arrays are refused.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BadInputSweepTests(InfrastructureFixture infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private const string City = "411300";
    private readonly DemoFactory _service = new(infrastructure);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();

    [Fact]
    public async Task Every_write_endpoint_answers_malformed_input_with_400_naming_the_field_and_stores_nothing()
    {
        await ServiceHealth.AssertReadyWithAsync(_service.CreateClient());
        var db = _service.DatabaseConnectionString;

        // The deputy who leads an answered suggestion (to rate it) and the unit that leads an assigned one.
        var deputy = await BadInputSweep.QueryAsync<Guid>(db, """SELECT "LeadDeputyId" FROM suggestions WHERE "State" = 'Answered' ORDER BY "Id" LIMIT 1""");
        var unit = await BadInputSweep.QueryAsync<string>(db, """SELECT "LeadUnitCode" FROM suggestions WHERE "State" IN ('Assigned', 'Contacted') AND "LeadUnitCode" IS NOT NULL ORDER BY "Id" LIMIT 1""");
        string InState(string state, string? owner = null) =>
            $"""SELECT "Id" AS id FROM suggestions WHERE "State" = '{state}'{owner} ORDER BY "Id" LIMIT 1""";
        var own = $""" AND "LeadDeputyId" = '{deputy}'""";
        var unitOwn = $""" AND "LeadUnitCode" = '{unit}'""";

        var report = await BadInputSweep.RunAsync(new BadInputSweepOptions
        {
            Services = _service.Services,
            CreateClient = _service.CreateClient,
            DatabaseConnectionString = db,
            DivisionCode = City,
            RolePreference = [Roles.Deputy, Roles.CommitteeStaff, Roles.Admin, Roles.HandlingUnit],
            Subject = role => TestTokens.Subject(
                role, City, deputyId: role == Roles.Deputy ? deputy : null, unitCode: role == Roles.HandlingUnit ? unit : null),
            RoleOverrides = new Dictionary<string, string>
            {
                ["/api/suggestions/suggestions/{id:guid}/opinion"] = Roles.HandlingUnit,
                ["/api/suggestions/suggestions/{id:guid}/contact"] = Roles.HandlingUnit,
                ["/api/suggestions/suggestions/{id:guid}/answer"] = Roles.HandlingUnit,
                ["/api/suggestions/suggestions/{id:guid}/progress"] = Roles.HandlingUnit,
            },
            RouteValueQueries = new Dictionary<string, string>
            {
                ["/api/suggestions/suggestions/{id:guid}"] = InState("Draft", own),
                ["/api/suggestions/suggestions/{id:guid}/attachments"] = InState("Draft", own),
                ["/api/suggestions/suggestions/{id:guid}/review"] = InState("Submitted"),
                ["/api/suggestions/suggestions/{id:guid}/assign"] = InState("Accepted"),
                ["/api/suggestions/suggestions/{id:guid}/opinion"] = InState("Assigned"),
                ["/api/suggestions/suggestions/{id:guid}/contact"] = InState("Assigned", unitOwn),
                ["/api/suggestions/suggestions/{id:guid}/answer"] = InState("Contacted", unitOwn),
                ["/api/suggestions/suggestions/{id:guid}/progress"] = InState("BeingSolved"),
                ["/api/suggestions/suggestions/{id:guid}/rate"] = InState("Answered", own),
                ["/api/suggestions/units/{code}"] = """SELECT "Code" AS code FROM handling_units ORDER BY "Code" LIMIT 1""",
            },
            PropertyValues = new Dictionary<string, JsonNode?>
            {
                ["kind"] = "suggestion",
                ["congressId"] = null,
                ["decision"] = "accept",
                ["category"] = "solved",
                ["rating"] = "satisfied",
                ["leadUnitCode"] = unit,
                ["coUnitCodes"] = new JsonArray(),
            },
        });

        output.WriteLine(report.Summary());
        report.AssertNoFailures();
    }

    private sealed class DemoFactory(InfrastructureFixture infrastructure) : ServiceFactory<Program>(infrastructure, "suggestionsdb")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Enabled", "true");
        }
    }
}
