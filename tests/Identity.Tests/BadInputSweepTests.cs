using System.Text.Json.Nodes;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using Xunit.Abstractions;

namespace RenminDaibiao.Identity.Tests;

/// <summary>
/// Every write endpoint the service maps, found in its endpoint data source, gets malformed input: no 5xx, a 400
/// names the field, nothing is stored, over-long strings and huge arrays are refused.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BadInputSweepTests(InfrastructureFixture infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private const string City = "411300";
    private readonly IdentityHost _host = new(infrastructure);
    private Guid _accountId;

    public async Task InitializeAsync()
    {
        // The caller's own account (so a password change reaches validation) and a few others.
        _accountId = (await _host.AddAccountAsync("sweep-admin", Roles.Admin, City)).Id;
        await _host.AddAccountAsync("sweep-staff", Roles.CommitteeStaff, "411302");
        await _host.AddAccountAsync("sweep-deputy", Roles.Deputy, "411302001", deputyId: Guid.NewGuid());
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
            DivisionCode = City,
            RolePreference = [Roles.Admin, Roles.CommitteeStaff, Roles.StationStaff, Roles.Deputy, Roles.HandlingUnit, Roles.Citizen],
            Subject = role => TestTokens.Subject(role, City, accountId: _accountId),
            RouteValueQueries = new Dictionary<string, string>
            {
                ["/api/auth/accounts/{id:guid}/password"] = $"""SELECT '{_accountId}' AS id""",
            },
            PropertyValues = new Dictionary<string, JsonNode?>
            {
                ["currentPassword"] = IdentityHost.Password,
                ["roles"] = new JsonArray(Roles.CommitteeStaff),
                ["deputyId"] = null,
                ["unitCode"] = null,
            },
        });

        output.WriteLine(report.Summary());
        report.AssertNoFailures();
    }
}
