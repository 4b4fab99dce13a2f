extern alias StationsService;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>The real Stations service in process, which holds citizens' phone numbers and hands them to the SMS channel.</summary>
public sealed class StationsService(InfrastructureFixture infrastructure)
    : ServiceFactory<StationsService::Program>(infrastructure, "stationsdb")
{
    public const string Township = "411302001";

    /// <summary>Registers an opinion as station staff, with the citizen's phone, and returns its id and tracking code.</summary>
    public async Task<(Guid Id, string TrackingCode)> RegisterOpinionAsync(string phone)
    {
        using var staff = CreateClient(TestTokens.Subject(Roles.StationStaff, Township));
        using var response = await staff.PostAsJsonAsync("/api/stations/opinions", new
        {
            channel = "visit",
            divisionCode = Township,
            content = "小区门口路灯坏了一个月。",
            name = "刘建华",
            phone,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("id").GetGuid(), json.RootElement.GetProperty("trackingCode").GetString()!);
    }

    /// <summary>The actions of the opinion's audit trail, as staff read it.</summary>
    public async Task<IReadOnlyList<(string Action, string ActorRole)>> AuditAsync(Guid opinionId)
    {
        using var staff = CreateClient(TestTokens.Subject(Roles.StationStaff, Township));
        var entries = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{opinionId}/audit");
        return [.. entries.EnumerateArray().Select(e => (e.GetProperty("action").GetString()!, e.GetProperty("actorRole").GetString()!))];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Enabled", "false");
    }
}
