using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.Identity.Domain;
using RenminDaibiao.Identity.Infrastructure;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Identity.Tests;

/// <summary>The Identity service in process against the real servers, with helpers to arrange accounts and read the database.</summary>
internal sealed class IdentityHost(InfrastructureFixture infrastructure) : IAsyncDisposable
{
    public const string Password = "Secret#123";

    public ServiceFactory<Program> Factory { get; } = new(infrastructure, "identitydb");

    public HttpClient Anonymous() => Factory.CreateClient();

    public HttpClient As(string role, string divisionCode, Guid? accountId = null) =>
        Factory.CreateClient(TestTokens.Subject(role, divisionCode, accountId: accountId));

    /// <summary>Stores an account straight through the domain, bypassing the API under test.</summary>
    public async Task<Account> AddAccountAsync(
        string userName, string role, string divisionCode, string password = Password, Guid? deputyId = null, string? unitCode = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Account>>();
        var created = Account.Create(
            userName, null, password, [role], divisionCode, deputyId, unitCode, Factory.Clock.GetUtcNow(), hasher);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors?.ByField.Keys ?? []));
        db.Accounts.Add(created.Value!);
        await db.SaveChangesAsync();
        return created.Value!;
    }

    /// <summary>Reads the database outside any request: no division scope applies.</summary>
    public async Task<T> QueryAsync<T>(Func<IdentityContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityContext>());
    }

    public Task<int> CountAccountsAsync(string userName) =>
        QueryAsync(db => db.Accounts.CountAsync(account => account.NormalizedUserName == Account.Normalize(userName)));

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
    }

    public async Task<Tokens> LoginSucceedsAsync(string userName, string password = Password)
    {
        using var response = await LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Tokens>())!;
    }

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    internal sealed record Tokens(string AccessToken, DateTimeOffset ExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt);
}

internal static class ResponseAssertions
{
    /// <summary>Asserts a 400 validation problem whose errors name <paramref name="field"/>.</summary>
    public static async Task AssertNamesFieldAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"the errors do not name '{field}': {body}");
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }
}
