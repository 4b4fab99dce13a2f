using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Identity.Tests;

/// <summary>The accounts of an imported roll, created by Deputies in one service call.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DeputyAccountsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Path = "/internal/identity/deputy-accounts";
    private readonly IdentityHost _host = new(infrastructure);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static object Item(Guid deputyId, string userName) => new { deputyId, userName, displayName = "张秀英", divisionCode = "411302001" };

    [Fact]
    public async Task A_roll_gets_one_time_passwords_for_new_accounts_only_and_each_is_rehashed_at_full_strength_on_first_log_in()
    {
        var (fresh, known, clash) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await _host.AddAccountAsync("13900000002", Roles.Deputy, "411302001", deputyId: known);
        await _host.AddAccountAsync("13900000003", Roles.StationStaff, "411302001");
        using var service = _host.As(Roles.Service, "411300");
        using var admin = _host.As(Roles.Admin, "411300");
        object body = new { accounts = new[] { Item(fresh, "13900000001"), Item(known, "13900000099"), Item(clash, "13900000003") } };

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync(Path, body)).StatusCode);
        using var response = await service.PostAsJsonAsync(Path, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var created = Assert.Single(result.GetProperty("created").EnumerateArray());
        Assert.Equal((fresh, "13900000001"), (created.GetProperty("deputyId").GetGuid(), created.GetProperty("userName").GetString()));
        Assert.Equal([(known, "13900000002")], result.GetProperty("existing").EnumerateArray().Select(e => (e.GetProperty("deputyId").GetGuid(), e.GetProperty("userName").GetString())));
        Assert.Equal([clash], result.GetProperty("taken").EnumerateArray().Select(e => e.GetProperty("deputyId").GetGuid()));

        var hashBefore = await _host.QueryAsync(db => db.Accounts.Where(a => a.DeputyId == fresh).Select(a => a.PasswordHash).SingleAsync());
        var tokens = await _host.LoginSucceedsAsync("13900000001", created.GetProperty("password").GetString()!);
        Assert.NotNull(tokens);
        var hashAfter = await _host.QueryAsync(db => db.Accounts.Where(a => a.DeputyId == fresh).Select(a => a.PasswordHash).SingleAsync());
        Assert.NotEqual(hashBefore, hashAfter);

        using var again = await service.PostAsJsonAsync(Path, body);
        Assert.Empty((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").EnumerateArray());
    }

    [Fact]
    public async Task A_roll_with_an_invalid_user_name_creates_no_account_and_names_the_item()
    {
        using var service = _host.As(Roles.Service, "411300");
        var good = Guid.CreateVersion7();

        using var response = await service.PostAsJsonAsync(Path, new { accounts = new[] { Item(good, "13900000011"), Item(Guid.CreateVersion7(), "张 三") } });

        await response.AssertNamesFieldAsync("accounts[1].userName");
        Assert.Equal(0, await _host.QueryAsync(db => db.Accounts.CountAsync(a => a.DeputyId == good)));
    }
}
