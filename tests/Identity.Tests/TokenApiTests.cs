using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RenminDaibiao.Identity.Domain;
using RenminDaibiao.Identity.Infrastructure;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Identity.Tests;

/// <summary>POST /api/auth/token and /api/auth/refresh against the real servers.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class TokenApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly IdentityHost _host = new(infrastructure);

    [Fact]
    public async Task A_token_is_a_signed_jwt_with_the_accounts_claims_valid_for_60_minutes()
    {
        var deputyId = Guid.CreateVersion7();
        var account = await _host.AddAccountAsync("Wang.ZhiQiang", Roles.Deputy, "411302001", deputyId: deputyId);
        var now = _host.Factory.Clock.GetUtcNow();

        // User names are case-insensitive.
        var tokens = await _host.LoginSucceedsAsync("wang.zhiqiang");

        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.AccessToken, new TokenValidationParameters
        {
            ValidIssuer = "renmindaibiao",
            ValidAudience = "renmindaibiao",
            IssuerSigningKey = new TokenOptions { SigningKey = TestTokens.SigningKey }.CreateSecurityKey(),
            ValidateLifetime = false,
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);

        var jwt = new JsonWebToken(tokens.AccessToken);
        Assert.Equal(account.Id.ToString(), jwt.GetClaim(PlatformClaims.Subject).Value);
        Assert.Equal("Wang.ZhiQiang", jwt.GetClaim(PlatformClaims.Name).Value);
        Assert.Equal([Roles.Deputy], jwt.Claims.Where(c => c.Type == PlatformClaims.Role).Select(c => c.Value));
        Assert.Equal("411302001", jwt.GetClaim(PlatformClaims.Division).Value);
        Assert.Equal("411300/411302/411302001", jwt.GetClaim(PlatformClaims.DivisionPath).Value);
        Assert.Equal(deputyId.ToString(), jwt.GetClaim(PlatformClaims.Deputy).Value);
        Assert.False(jwt.TryGetClaim(PlatformClaims.Unit, out _));
        Assert.Equal(TimeSpan.FromMinutes(60), jwt.ValidTo - jwt.IssuedAt);
        Assert.Equal(now.AddMinutes(60).ToUnixTimeSeconds(), tokens.ExpiresAt.ToUnixTimeSeconds());
        Assert.Equal(now.AddDays(14), tokens.RefreshTokenExpiresAt);
    }

    [Fact]
    public async Task A_handling_unit_token_carries_the_unit_code()
    {
        await _host.AddAccountAsync("unit-test", Roles.HandlingUnit, "411300", unitCode: "411300-JTJ");

        var tokens = await _host.LoginSucceedsAsync("unit-test");

        Assert.Equal("411300-JTJ", new JsonWebToken(tokens.AccessToken).GetClaim(PlatformClaims.Unit).Value);
    }

    [Fact]
    public async Task The_admin_account_exists_from_the_first_start_without_demo_data()
    {
        var tokens = await _host.LoginSucceedsAsync(IdentitySeed.AdminUserName, IdentitySeed.AdminPassword);

        var jwt = new JsonWebToken(tokens.AccessToken);
        Assert.Equal([Roles.Admin], jwt.Claims.Where(c => c.Type == PlatformClaims.Role).Select(c => c.Value));
        Assert.Equal("411300", jwt.GetClaim(PlatformClaims.Division).Value);

        // Demo accounts only come with Demo:Enabled.
        using var demo = await _host.LoginAsync("city-staff", IdentitySeed.DemoPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
        Assert.Equal(1, await _host.QueryAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    public async Task With_demo_data_every_demo_account_is_seeded_once_and_can_sign_in()
    {
        await using var demo = _host.Factory.WithWebHostBuilder(builder => builder.UseSetting("Demo:Enabled", "true"));
        using var client = demo.CreateClient();
        foreach (var seed in IdentitySeed.DemoAccounts)
        {
            using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = seed.UserName, password = seed.Password });
            Assert.True(response.IsSuccessStatusCode, $"{seed.UserName}: {(int)response.StatusCode}");
            var jwt = new JsonWebToken((await response.Content.ReadFromJsonAsync<IdentityHost.Tokens>())!.AccessToken);
            Assert.Equal(seed.DivisionCode, jwt.GetClaim(PlatformClaims.Division).Value);
            Assert.Equal(seed.Role, jwt.GetClaim(PlatformClaims.Role).Value);
            Assert.Equal(seed.DeputyId?.ToString(), jwt.TryGetClaim(PlatformClaims.Deputy, out var deputy) ? deputy.Value : null);
            Assert.Equal(seed.UnitCode, jwt.TryGetClaim(PlatformClaims.Unit, out var unit) ? unit.Value : null);
        }

        // Seeding again (the next start) adds nothing.
        await using (var scope = demo.Services.CreateAsyncScope())
        {
            await IdentitySeed.SeedAsync(scope.ServiceProvider.GetRequiredService<IdentityContext>(), scope.ServiceProvider, default);
        }

        await using var countScope = demo.Services.CreateAsyncScope();
        var count = await countScope.ServiceProvider.GetRequiredService<IdentityContext>().Accounts.CountAsync();
        Assert.Equal(IdentitySeed.DemoAccounts.Count + 1, count);
    }

    [Fact]
    public async Task Unknown_user_and_wrong_password_get_the_same_401()
    {
        await _host.AddAccountAsync("li.xiuying", Roles.CommitteeStaff, "411302");

        using var unknown = await _host.LoginAsync("nobody", IdentityHost.Password);
        using var wrong = await _host.LoginAsync("li.xiuying", "Wrong#1234");

        var unknownProblem = await unknown.ProblemAsync(HttpStatusCode.Unauthorized);
        var wrongProblem = await wrong.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(unknownProblem.GetProperty("title").GetString(), wrongProblem.GetProperty("title").GetString());
        Assert.Equal(unknownProblem.GetProperty("detail").GetString(), wrongProblem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_on_the_services_clock()
    {
        await _host.AddAccountAsync("locked.user", Roles.Citizen, "411302001");
        var start = _host.Factory.Clock.GetUtcNow();

        for (var attempt = 1; attempt < Account.MaxFailedLogins; attempt++)
        {
            using var wrong = await _host.LoginAsync("locked.user", "Wrong#1234");
            var problem = await wrong.ProblemAsync(HttpStatusCode.Unauthorized);
            Assert.False(problem.TryGetProperty("lockedUntil", out _));
        }

        using var fifth = await _host.LoginAsync("locked.user", "Wrong#1234");
        var locked = await fifth.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(start.AddMinutes(15), locked.GetProperty("lockedUntil").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Contains("锁定", locked.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The right password does not open a locked account ...
        _host.Factory.Clock.Advance(TimeSpan.FromMinutes(14));
        using var during = await _host.LoginAsync("locked.user", IdentityHost.Password);
        var stillLocked = await during.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(start.AddMinutes(15), stillLocked.GetProperty("lockedUntil").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));

        // ... until the 15 minutes are over.
        _host.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await _host.LoginSucceedsAsync("locked.user");
    }

    [Fact]
    public async Task An_admin_can_unlock_a_locked_account_in_the_own_subtree()
    {
        var account = await _host.AddAccountAsync("locked.user2", Roles.StationStaff, "411302001");
        for (var attempt = 0; attempt < Account.MaxFailedLogins; attempt++)
        {
            using var wrong = await _host.LoginAsync("locked.user2", "Wrong#1234");
        }

        using (var locked = await _host.LoginAsync("locked.user2", IdentityHost.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        }

        using var siblingAdmin = _host.As(Roles.Admin, "411303");
        using var committee = _host.As(Roles.CommitteeStaff, "411302");
        using var admin = _host.As(Roles.Admin, "411302");
        using var sibling = await siblingAdmin.PostAsync($"/api/auth/accounts/{account.Id}/unlock", null);
        using var notAdmin = await committee.PostAsync($"/api/auth/accounts/{account.Id}/unlock", null);
        using var anonymous = await _host.Anonymous().PostAsync($"/api/auth/accounts/{account.Id}/unlock", null);
        Assert.Equal(HttpStatusCode.NotFound, sibling.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var unlocked = await admin.PostAsync($"/api/auth/accounts/{account.Id}/unlock", null);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        await _host.LoginSucceedsAsync("locked.user2");
    }

    [Fact]
    public async Task Refresh_rotates_the_token_and_reusing_an_old_one_revokes_the_whole_family()
    {
        await _host.AddAccountAsync("rotating.user", Roles.CommitteeStaff, "411302");
        var first = await _host.LoginSucceedsAsync("rotating.user");
        var otherSession = await _host.LoginSucceedsAsync("rotating.user");

        using var refreshed = await _host.RefreshAsync(first.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = (await refreshed.Content.ReadFromJsonAsync<IdentityHost.Tokens>())!;
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal("rotating.user", new JsonWebToken(second.AccessToken).GetClaim(PlatformClaims.Name).Value);

        // Only hashes are stored.
        var hashes = await _host.QueryAsync(db => db.RefreshTokens.Select(token => token.TokenHash).ToListAsync());
        Assert.DoesNotContain(second.RefreshToken, hashes);
        Assert.Contains(RefreshToken.Hash(second.RefreshToken), hashes);

        // The used token is spent; presenting it again is reuse ...
        using var reuse = await _host.RefreshAsync(first.RefreshToken);
        await reuse.ProblemAsync(HttpStatusCode.Unauthorized);

        // ... which also revokes the successor that was issued from it,
        using var successor = await _host.RefreshAsync(second.RefreshToken);
        await successor.ProblemAsync(HttpStatusCode.Unauthorized);

        // but not another log-in's session.
        using var other = await _host.RefreshAsync(otherSession.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Of_concurrent_refreshes_with_one_token_at_most_one_succeeds()
    {
        await _host.AddAccountAsync("racing.user", Roles.Citizen, "411302001");
        var tokens = await _host.LoginSucceedsAsync("racing.user");

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _host.RefreshAsync(tokens.RefreshToken)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.OK),
            response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_refresh_token_expires_after_14_days()
    {
        await _host.AddAccountAsync("expiring.user", Roles.Citizen, "411302001");
        var tokens = await _host.LoginSucceedsAsync("expiring.user");

        _host.Factory.Clock.Advance(TimeSpan.FromDays(14));

        using var expired = await _host.RefreshAsync(tokens.RefreshToken);
        await expired.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_refresh_token_gets_401()
    {
        using var response = await _host.RefreshAsync("not-a-token-we-issued");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    public static TheoryData<string, string> OverLongTokenRequests => new()
    {
        { $$"""{"userName":"{{new string('a', 100_000)}}","password":"Secret#123"}""", "userName" },
        { $$"""{"userName":"someone","password":"{{new string('a', 2 * 1024 * 1024)}}"}""", "password" },
        { $$"""{"userName":"someone","password":"{{new string('a', Account.MaxPasswordLength + 1)}}"}""", "password" },
    };

    public static TheoryData<string> OverLongRefreshRequests => new()
    {
        $$"""{"refreshToken":"{{new string('a', 2 * 1024 * 1024)}}"}""",
        $$"""{"refreshToken":"{{new string('a', RefreshToken.MaxSecretLength + 1)}}"}""",
    };

    [Theory]
    [InlineData("""{"password":"Secret#123"}""", "userName")]
    [InlineData("""{"userName":"  ","password":"Secret#123"}""", "userName")]
    [InlineData("""{"userName":"someone"}""", "password")]
    [InlineData("""{"userName":"someone","password":42}""", "password")]
    [MemberData(nameof(OverLongTokenRequests))]
    public async Task Bad_token_requests_get_400_naming_the_field(string body, string field)
    {
        using var client = _host.Anonymous();
        using var response = await client.PostAsync("/api/auth/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertNamesFieldAsync(field);
        Assert.Equal(0, await _host.QueryAsync(db => db.RefreshTokens.CountAsync()));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"refreshToken":""}""")]
    [InlineData("""{"refreshToken":123}""")]
    [MemberData(nameof(OverLongRefreshRequests))]
    public async Task Bad_refresh_requests_get_400_naming_the_field(string body)
    {
        using var client = _host.Anonymous();
        using var response = await client.PostAsync("/api/auth/refresh", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertNamesFieldAsync("refreshToken");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
