using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>The Deputies service through the gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DeputiesTests(PlatformFixture platform)
{
    [Fact]
    public async Task Committee_staff_register_a_deputy_through_the_gateway_and_read_it_back_with_the_phone_masked()
    {
        using var staff = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        var name = "孔" + Guid.NewGuid().ToString("N")[..4];

        using var created = await staff.PostAsJsonAsync("/api/deputies/deputies", TestDeputies.NewDeputy(name, "411302001"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var read = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies/{id}");
        Assert.Equal(name, read.GetProperty("name").GetString());
        Assert.Equal("138****8000", read.GetProperty("phone").GetString());
        var list = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies?name={Uri.EscapeDataString(name)}");
        Assert.Equal("138****8000", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("phone").GetString());

        // A sibling county's staff cannot see the deputy at all.
        using var sibling = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411303"));
        Assert.Equal(HttpStatusCode.NotFound, (await sibling.GetAsync($"/api/deputies/deputies/{id}")).StatusCode);
    }
}
