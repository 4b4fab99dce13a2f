extern alias DeputiesService;
extern alias SuggestionsService;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.Identity.Infrastructure;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Identity.Tests;

/// <summary>
/// An account speaks for the deputy or unit it is linked to (ballots, inbox), so an administrator may link only a
/// deputy or a unit of the own subtree, as the real Deputies and Suggestions services (with their demo city) see it.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class AccountLinkTests : IAsyncLifetime
{
    private const string County = "411302";
    private static readonly Guid TownshipDeputy = Guid.Parse("0197a000-0000-7000-8000-000000000003");

    private readonly IdentityHost _host;
    private readonly DemoServiceFactory<DeputiesService::Program> _deputies;
    private readonly DemoServiceFactory<SuggestionsService::Program> _suggestions;

    public AccountLinkTests(InfrastructureFixture infrastructure)
    {
        _host = new IdentityHost(infrastructure);
        _deputies = new DemoServiceFactory<DeputiesService::Program>(infrastructure, "deputiesdb");
        _suggestions = new DemoServiceFactory<SuggestionsService::Program>(infrastructure, "suggestionsdb");
        _host.Factory.CallsGoTo(LinkedRecords.DeputiesClient, _deputies);
        _host.Factory.CallsGoTo(LinkedRecords.SuggestionsClient, _suggestions);
    }

    [Fact]
    public async Task An_admin_links_an_account_to_a_deputy_of_the_own_county_but_not_of_another_county()
    {
        using var admin = _host.As(Roles.Admin, County);
        var otherCountyDeputy = await DeputyOfAsync("411303");

        using var foreign = await admin.PostAsJsonAsync("/api/auth/accounts", Deputy("link.foreign", otherCountyDeputy));
        await foreign.AssertNamesFieldAsync("deputyId");
        using var unknown = await admin.PostAsJsonAsync("/api/auth/accounts", Deputy("link.unknown", Guid.CreateVersion7()));
        await unknown.AssertNamesFieldAsync("deputyId");
        Assert.Equal(0, await _host.CountAccountsAsync("link.foreign") + await _host.CountAccountsAsync("link.unknown"));

        using var own = await admin.PostAsJsonAsync("/api/auth/accounts", Deputy("link.own", TownshipDeputy));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task An_admin_links_an_account_to_a_unit_of_the_own_county_but_not_to_one_above_it()
    {
        using var admin = _host.As(Roles.Admin, County);

        using var parentUnit = await admin.PostAsJsonAsync("/api/auth/accounts", Unit("unit.city", "411300-JTJ"));
        await parentUnit.AssertNamesFieldAsync("unitCode");
        using var unknown = await admin.PostAsJsonAsync("/api/auth/accounts", Unit("unit.unknown", "411302-NONE"));
        await unknown.AssertNamesFieldAsync("unitCode");

        using var own = await admin.PostAsJsonAsync("/api/auth/accounts", Unit("unit.own", "411302-ZJJ"));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    private static object Deputy(string userName, Guid deputyId) =>
        new { userName, password = "Welcome#2026", roles = new[] { Roles.Deputy }, divisionCode = "411302001", deputyId };

    private static object Unit(string userName, string unitCode) =>
        new { userName, password = "Welcome#2026", roles = new[] { Roles.HandlingUnit }, divisionCode = County, unitCode };

    private async Task<Guid> DeputyOfAsync(string divisionCode)
    {
        using var city = _deputies.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411300"));
        var page = await city.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies?divisionCode={divisionCode}&pageSize=1");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _deputies.DisposeAsync();
        await _suggestions.DisposeAsync();
    }
}
