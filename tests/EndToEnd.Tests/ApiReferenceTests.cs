using System.Net;
using System.Text.Json;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>A client developer reads every service's contract through the gateway, without a token.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApiReferenceTests(PlatformFixture platform)
{
    public static TheoryData<string, string> Documents => new()
    {
        { "identity", "/api/auth/token" },
        { "deputies", "/api/deputies/deputies" },
        { "stations", "/api/stations/opinions/public" },
        { "suggestions", "/api/suggestions/suggestions" },
        { "voting", "/api/voting/votes" },
        { "notifications", "/api/notifications/inbox" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_gateway_publishes_each_service_OpenAPI_document_with_bearer_sign_in(string service, string aRoute)
    {
        using var anonymous = platform.CreateClient();

        using var response = await anonymous.GetAsync($"/openapi/{service}.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(aRoute, out _), $"{service} does not describe {aRoute}");
        Assert.Equal("bearer", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.False(
            document.RootElement.TryGetProperty("servers", out var servers) && servers.GetArrayLength() > 0,
            "the document must not point readers past the gateway");
    }

    [Fact]
    public async Task The_reference_page_lists_every_service_document_and_serves_its_script_itself()
    {
        using var anonymous = platform.CreateClient();

        var page = await anonymous.GetStringAsync("/docs/");

        foreach (var service in Documents.Select(row => (string)row[0]))
        {
            // Relative to the site root: the page's script resolves it against the gateway's origin.
            Assert.Contains($"\"openapi/{service}.json\"", page, StringComparison.Ordinal);
        }

        // An intranet has no CDN: the page's script comes from the gateway.
        using var script = await anonymous.GetAsync("/docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
