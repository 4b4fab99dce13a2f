using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using Xunit.Abstractions;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>
/// Every write endpoint the service maps, found in its endpoint data source, gets malformed input against the
/// demo inbox: no 5xx, a 400 names the field, nothing is stored, over-long strings and huge arrays are refused.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BadInputSweepTests(InfrastructureFixture infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private const string City = "411300";
    private static readonly Guid CountyDeputy = Guid.Parse("0197a000-0000-7000-8000-000000000002");
    private readonly NotificationsServiceFactory _service = new(infrastructure, new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });

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
            RolePreference = [Roles.Deputy, Roles.CommitteeStaff, Roles.StationStaff, Roles.Admin, Roles.HandlingUnit, Roles.Citizen],
            Subject = role => TestTokens.Subject(role, City, deputyId: role == Roles.Deputy ? CountyDeputy : null),
            RouteValueQueries = new Dictionary<string, string>
            {
                // A message in the county deputy's own inbox.
                ["/api/notifications/inbox/{id:guid}/read"] = $"""SELECT "Id" AS id FROM notifications WHERE "RecipientKey" LIKE '%{CountyDeputy}%' ORDER BY "Id" LIMIT 1""",
            },
        });

        output.WriteLine(report.Summary());
        report.AssertNoFailures();
    }
}
