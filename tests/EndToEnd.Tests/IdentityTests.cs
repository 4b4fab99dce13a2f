using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>Signing in through the gateway with the account every installation starts with.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IdentityTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_initial_admin_signs_in_through_the_gateway_and_reads_the_own_account()
    {
        using var admin = await platform.LoginAsync("admin", "Admin#2026");

        using var response = await admin.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("admin", me.GetProperty("userName").GetString());
        Assert.Equal("411300", me.GetProperty("divisionCode").GetString());
        Assert.Equal([Roles.Admin], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));

        // Without the token the gateway turns the same request away.
        using var anonymous = platform.CreateClient();
        using var refused = await anonymous.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
