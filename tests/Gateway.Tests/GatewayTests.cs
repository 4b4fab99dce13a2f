using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RenminDaibiao.Gateway.Tests;

/// <summary>The gateway's own rules, which apply before any service is asked.</summary>
public sealed class GatewayTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Identity:SigningKey", "gateway-test-signing-key-0123456789abcdef");
        builder.UseSetting("Gateway:RateLimit:PermitsPerMinute", "3");
    });

    [Fact]
    public async Task A_protected_route_needs_a_valid_token_before_any_service_is_asked()
    {
        using var client = _gateway.CreateClient();

        using var response = await client.GetAsync("/api/suggestions/suggestions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_client_over_its_budget_gets_429_problem_details_with_retry_after()
    {
        using var client = _gateway.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/api/voting/votes");
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var rejected = await client.GetAsync("/api/voting/votes");

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(rejected.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/api")]
    [InlineData("/openapi/nothing.json")]
    public async Task An_unknown_api_path_is_a_404_problem_not_the_portals_page(string path)
    {
        using var client = _gateway.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _gateway.Dispose();
}
