using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Identity.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Identity.Tests;

/// <summary>The account endpoints: who may do what in which division, bad input, duplicates.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class AccountsApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly IdentityHost _host = new(infrastructure);

    public static TheoryData<string, string, HttpStatusCode> CreateByAdmin => new()
    {
        { "411302", "411302", HttpStatusCode.Created },        // own division
        { "411302", "411302001", HttpStatusCode.Created },     // child
        { "411302", "411303", HttpStatusCode.Forbidden },      // sibling
        { "411302", "411300", HttpStatusCode.Forbidden },      // parent
        { "411302", "411303001", HttpStatusCode.Forbidden },   // sibling's child
        { "411300", "411323100", HttpStatusCode.Created },     // city admin, grandchild
        { "411302001", "411302002", HttpStatusCode.Forbidden }, // township admin, sibling township
    };

    [Theory]
    [MemberData(nameof(CreateByAdmin))]
    public async Task An_admin_creates_accounts_only_in_the_own_division_subtree(string adminDivision, string target, HttpStatusCode expected)
    {
        using var admin = _host.As(Roles.Admin, adminDivision);

        using var response = await admin.PostAsJsonAsync("/api/auth/accounts", NewAccount("new.user", Roles.CommitteeStaff, target));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created ? 1 : 0, await _host.CountAccountsAsync("new.user"));
        if (expected == HttpStatusCode.Created)
        {
            var created = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(target, created.GetProperty("divisionCode").GetString());
            Assert.False(created.TryGetProperty("passwordHash", out _));
            Assert.Equal($"/api/auth/accounts/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.AbsolutePath);

            // The created account can sign in with the password it was given.
            await _host.LoginSucceedsAsync("NEW.USER", "Welcome#2026");
        }
    }

    [Theory]
    [InlineData(Roles.Citizen)]
    [InlineData(Roles.Deputy)]
    [InlineData(Roles.StationStaff)]
    [InlineData(Roles.CommitteeStaff)]
    [InlineData(Roles.HandlingUnit)]
    public async Task Only_admins_create_accounts(string role)
    {
        using var caller = _host.As(role, "411302");

        using var response = await caller.PostAsJsonAsync("/api/auth/accounts", NewAccount("new.user", Roles.Citizen, "411302001"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await _host.CountAccountsAsync("new.user"));
    }

    [Fact]
    public async Task Anonymous_callers_cannot_create_accounts()
    {
        using var response = await _host.Anonymous().PostAsJsonAsync("/api/auth/accounts", NewAccount("new.user", Roles.Citizen, "411302001"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await _host.CountAccountsAsync("new.user"));
    }

    [Fact]
    public async Task A_user_name_taken_in_any_case_and_any_division_gets_409()
    {
        await _host.AddAccountAsync("Zhao.Min", Roles.Citizen, "411303001");
        using var admin = _host.As(Roles.Admin, "411302");

        using var response = await admin.PostAsJsonAsync("/api/auth/accounts", NewAccount("zhao.min", Roles.Citizen, "411302001"));

        await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await _host.CountAccountsAsync("zhao.min"));
    }

    public static TheoryData<string, string> BadCreateRequests => new()
    {
        { """{"password":"Welcome#2026","roles":["citizen"],"divisionCode":"411302001"}""", "userName" },
        { """{"userName":"a b c","password":"Welcome#2026","roles":["citizen"],"divisionCode":"411302001"}""", "userName" },
        { """{"userName":"bad.input","password":"short","roles":["citizen"],"divisionCode":"411302001"}""", "password" },
        { """{"userName":"bad.input","roles":["citizen"],"divisionCode":"411302001"}""", "password" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":[],"divisionCode":"411302001"}""", "roles" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":["king"],"divisionCode":"411302001"}""", "roles" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":"citizen","divisionCode":"411302001"}""", "roles" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":["citizen"],"divisionCode":"4113"}""", "divisionCode" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":["citizen"]}""", "divisionCode" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":["deputy"],"divisionCode":"411302"}""", "deputyId" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":["deputy"],"divisionCode":"411302","deputyId":"nope"}""", "deputyId" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":["handling-unit"],"divisionCode":"411302"}""", "unitCode" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":["citizen"],"divisionCode":"411302","unitCode":"411302-ZJJ"}""", "unitCode" },
        { $$"""{"userName":"bad.input","displayName":"{{new string('名', 51)}}","password":"Welcome#2026","roles":["citizen"],"divisionCode":"411302"}""", "displayName" },
        { $$"""{"userName":"bad.input","displayName":"{{new string('名', 100_000)}}","password":"Welcome#2026","roles":["citizen"],"divisionCode":"411302"}""", "displayName" },
        { $$"""{"userName":"{{new string('a', 100_000)}}","password":"Welcome#2026","roles":["citizen"],"divisionCode":"411302"}""", "userName" },
        { $$"""{"userName":"bad.input","password":"Welcome#{{new string('1', Account.MaxPasswordLength)}}","roles":["citizen"],"divisionCode":"411302"}""", "password" },
        { $$"""{"userName":"bad.input","password":"Welcome#2026","roles":["citizen"],"divisionCode":"{{new string('4', 2 * 1024 * 1024)}}"}""", "divisionCode" },
        { $$"""{"userName":"bad.input","password":"Welcome#2026","roles":["handling-unit"],"divisionCode":"411302","unitCode":"{{new string('A', 100_000)}}"}""", "unitCode" },
        { $$"""{"userName":"bad.input","password":"Welcome#2026","roles":[{{string.Join(",", Enumerable.Repeat("\"citizen\"", 5000))}}],"divisionCode":"411302"}""", "roles" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":[null],"divisionCode":"411302"}""", "roles[0]" },
        { """{"userName":"bad.input","password":"Welcome#2026","roles":["citizen",null],"divisionCode":"411302"}""", "roles[1]" },
    };

    [Theory]
    [MemberData(nameof(BadCreateRequests))]
    public async Task Bad_input_on_create_gets_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        using var admin = _host.As(Roles.Admin, "411300");

        using var response = await admin.PostAsync("/api/auth/accounts", Json(body));

        await response.AssertNamesFieldAsync(field);
        Assert.Equal(1, await _host.QueryAsync(db => db.Accounts.CountAsync())); // only the admin seeded at start-up
    }

    public static TheoryData<string, string, HttpStatusCode> ReadByCommitteeStaff => new()
    {
        { Roles.CommitteeStaff, "411302", HttpStatusCode.OK },       // own division
        { Roles.CommitteeStaff, "411302001", HttpStatusCode.OK },    // child
        { Roles.CommitteeStaff, "411303", HttpStatusCode.NotFound }, // sibling
        { Roles.CommitteeStaff, "411300", HttpStatusCode.NotFound }, // parent
        { Roles.Admin, "411303001", HttpStatusCode.NotFound },       // sibling's child, read by an admin
        { Roles.Citizen, "411302001", HttpStatusCode.Forbidden },    // someone else's account, read by a citizen
    };

    [Theory]
    [MemberData(nameof(ReadByCommitteeStaff))]
    public async Task Reading_an_account_is_limited_to_the_callers_subtree(string callerRole, string accountDivision, HttpStatusCode expected)
    {
        var account = await _host.AddAccountAsync("someone", Roles.StationStaff, accountDivision);
        using var caller = _host.As(callerRole, "411302");

        using var response = await caller.GetAsync($"/api/auth/accounts/{account.Id}");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("someone", body.GetProperty("userName").GetString());
        }
    }

    [Fact]
    public async Task Anyone_signed_in_reads_the_own_account_and_me()
    {
        var account = await _host.AddAccountAsync("citizen.self", Roles.Citizen, "411302001");
        var tokens = await _host.LoginSucceedsAsync("citizen.self");
        using var client = _host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        var own = await client.GetFromJsonAsync<JsonElement>($"/api/auth/accounts/{account.Id}");

        Assert.Equal(account.Id, me.GetProperty("id").GetGuid());
        Assert.Equal("411300/411302/411302001", me.GetProperty("divisionPath").GetString());
        Assert.Equal([Roles.Citizen], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(account.Id, own.GetProperty("id").GetGuid());

        using var anonymous = await _host.Anonymous().GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_account_list_is_paged_filtered_and_limited_to_the_callers_subtree()
    {
        await _host.AddAccountAsync("county.staff", Roles.CommitteeStaff, "411302");
        await _host.AddAccountAsync("town.staff1", Roles.StationStaff, "411302001");
        await _host.AddAccountAsync("town.staff2", Roles.StationStaff, "411302002");
        await _host.AddAccountAsync("town.citizen", Roles.Citizen, "411302001");
        await _host.AddAccountAsync("wolong.staff", Roles.StationStaff, "411303001");
        using var county = _host.As(Roles.CommitteeStaff, "411302");

        var all = await county.GetFromJsonAsync<JsonElement>("/api/auth/accounts");
        Assert.Equal(["county.staff", "town.citizen", "town.staff1", "town.staff2"], UserNames(all).Order());
        Assert.Equal(4, all.GetProperty("total").GetInt32());

        var page2 = await county.GetFromJsonAsync<JsonElement>("/api/auth/accounts?page=2&pageSize=3");
        Assert.Single(page2.GetProperty("items").EnumerateArray());
        Assert.Equal(4, page2.GetProperty("total").GetInt32());

        var stationStaff = await county.GetFromJsonAsync<JsonElement>("/api/auth/accounts?role=station-staff");
        Assert.Equal(["town.staff1", "town.staff2"], UserNames(stationStaff).Order());

        var township = await county.GetFromJsonAsync<JsonElement>("/api/auth/accounts?divisionCode=411302001");
        Assert.Equal(["town.citizen", "town.staff1"], UserNames(township).Order());

        // A division outside the subtree is simply empty.
        var sibling = await county.GetFromJsonAsync<JsonElement>("/api/auth/accounts?divisionCode=411303");
        Assert.Empty(UserNames(sibling));

        // The city's admin sees everything.
        using var city = _host.As(Roles.Admin, "411300");
        var cityView = await city.GetFromJsonAsync<JsonElement>("/api/auth/accounts?pageSize=100");
        Assert.Equal(6, cityView.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(Roles.Citizen, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Deputy, HttpStatusCode.Forbidden)]
    [InlineData(Roles.StationStaff, HttpStatusCode.Forbidden)]
    [InlineData(Roles.HandlingUnit, HttpStatusCode.Forbidden)]
    [InlineData(Roles.CommitteeStaff, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    public async Task Only_committee_staff_and_admins_list_accounts(string role, HttpStatusCode expected)
    {
        using var caller = _host.As(role, "411302");

        using var response = await caller.GetAsync("/api/auth/accounts");

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("role=king", "role")]
    [InlineData("divisionCode=41", "divisionCode")]
    public async Task Bad_list_parameters_get_400_naming_the_parameter(string query, string field)
    {
        using var caller = _host.As(Roles.CommitteeStaff, "411302");

        using var response = await caller.GetAsync($"/api/auth/accounts?{query}");

        await response.AssertNamesFieldAsync(field);
    }

    [Fact]
    public async Task The_holder_changes_the_own_password_with_the_current_one_and_old_sessions_end()
    {
        var account = await _host.AddAccountAsync("changing.user", Roles.Deputy, "411302", deputyId: Guid.CreateVersion7());
        var session = await _host.LoginSucceedsAsync("changing.user");
        using var self = _host.As(Roles.Deputy, "411302", accountId: account.Id);

        using var wrongCurrent = await self.PutAsJsonAsync(
            $"/api/auth/accounts/{account.Id}/password", new { currentPassword = "Wrong#1234", newPassword = "Changed#2026" });
        await wrongCurrent.AssertNamesFieldAsync("currentPassword");
        await _host.LoginSucceedsAsync("changing.user"); // unchanged

        using var changed = await self.PutAsJsonAsync(
            $"/api/auth/accounts/{account.Id}/password", new { currentPassword = IdentityHost.Password, newPassword = "Changed#2026" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        await _host.LoginSucceedsAsync("changing.user", "Changed#2026");
        using var oldPassword = await _host.LoginAsync("changing.user", IdentityHost.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        using var oldSession = await _host.RefreshAsync(session.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.StatusCode);
    }

    [Theory]
    [InlineData("""{"currentPassword":"Secret#123"}""", "newPassword")]
    [InlineData("""{"currentPassword":"Secret#123","newPassword":"short"}""", "newPassword")]
    [InlineData("""{"newPassword":"Changed#2026"}""", "currentPassword")]
    [InlineData("""{"currentPassword":"Secret#123","newPassword":12345678}""", "newPassword")]
    public async Task Bad_password_changes_get_400_naming_the_field_and_keep_the_password(string body, string field)
    {
        var account = await _host.AddAccountAsync("keeping.user", Roles.Citizen, "411302001");
        using var self = _host.As(Roles.Citizen, "411302001", accountId: account.Id);

        using var response = await self.PutAsync($"/api/auth/accounts/{account.Id}/password", Json(body));

        await response.AssertNamesFieldAsync(field);
        await _host.LoginSucceedsAsync("keeping.user");
    }

    [Theory]
    [InlineData(Roles.Admin, "411302", HttpStatusCode.NoContent)]        // admin, own subtree
    [InlineData(Roles.Admin, "411303", HttpStatusCode.NotFound)]         // admin, sibling
    [InlineData(Roles.CommitteeStaff, "411302", HttpStatusCode.Forbidden)] // not the holder, not an admin
    public async Task Resetting_someone_elses_password_is_for_admins_of_the_subtree(string role, string division, HttpStatusCode expected)
    {
        var account = await _host.AddAccountAsync("reset.user", Roles.Citizen, "411302001");
        using var caller = _host.As(role, division);

        using var response = await caller.PutAsJsonAsync($"/api/auth/accounts/{account.Id}/password", new { newPassword = "Reset#2026" });

        Assert.Equal(expected, response.StatusCode);
        using var login = await _host.LoginAsync("reset.user", "Reset#2026");
        Assert.Equal(expected == HttpStatusCode.NoContent ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_or_refresh_until_an_admin_enables_it()
    {
        var account = await _host.AddAccountAsync("leaving.user", Roles.StationStaff, "411302001");
        var session = await _host.LoginSucceedsAsync("leaving.user");
        using var admin = _host.As(Roles.Admin, "411302");
        using var siblingAdmin = _host.As(Roles.Admin, "411303");
        using var committee = _host.As(Roles.CommitteeStaff, "411302");

        using (var sibling = await siblingAdmin.PostAsync($"/api/auth/accounts/{account.Id}/disable", null))
        using (var notAdmin = await committee.PostAsync($"/api/auth/accounts/{account.Id}/disable", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, sibling.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        }

        using var disabled = await admin.PostAsync($"/api/auth/accounts/{account.Id}/disable", null);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);

        using var login = await _host.LoginAsync("leaving.user", IdentityHost.Password);
        Assert.Contains("停用", (await login.ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var refresh = await _host.RefreshAsync(session.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);

        using var enabled = await admin.PostAsync($"/api/auth/accounts/{account.Id}/enable", null);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        await _host.LoginSucceedsAsync("leaving.user");
    }

    [Fact]
    public async Task An_admin_cannot_disable_the_own_account()
    {
        var account = await _host.AddAccountAsync("only.admin", Roles.Admin, "411302");
        using var self = _host.As(Roles.Admin, "411302", accountId: account.Id);

        using var response = await self.PostAsync($"/api/auth/accounts/{account.Id}/disable", null);

        await response.ProblemAsync(HttpStatusCode.Conflict);
        await _host.LoginSucceedsAsync("only.admin");
    }

    private static object NewAccount(string userName, string role, string divisionCode) => new
    {
        userName,
        displayName = "新用户",
        password = "Welcome#2026",
        roles = new[] { role },
        divisionCode,
    };

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static List<string> UserNames(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("userName").GetString()!)];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
