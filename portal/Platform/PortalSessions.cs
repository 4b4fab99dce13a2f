using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RenminDaibiao.ServiceDefaults.Authentication;
using StackExchange.Redis;

namespace RenminDaibiao.Portal.Platform;

/// <summary>Sign-in through the gateway's /api/auth/token, a cookie that names a server-side session, and sign-out.</summary>
public static class PortalSessions
{
    /// <summary>The claim holding the id of the server-side session with the person's tokens.</summary>
    public const string SessionClaim = "portal_session";

    /// <summary>The platform's Redis (the AppHost's reference): sessions and the data-protection keys.</summary>
    public const string RedisConnectionName = "redis";

    private const string DataProtectionKeys = "portal:data-protection-keys";

    public const string SignInPath = "/account/signin";
    public const string SignOutPath = "/account/signout";

    /// <summary>The claims of the platform's token that the portal shows or decides by.</summary>
    private static readonly string[] CopiedClaims =
        [PlatformClaims.Subject, PlatformClaims.Name, PlatformClaims.Role, PlatformClaims.Division, PlatformClaims.Deputy, PlatformClaims.Unit];

    public static IHostApplicationBuilder AddPortalSessions(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(RedisConnectionName);
        builder.Services.AddSingleton<SessionStore>();

        // The cookies' keys are shared by the replicas and outlive a restart, so a cookie stays readable wherever it lands.
        builder.Services.AddDataProtection().SetApplicationName("RenminDaibiao.Portal");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
            options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), DataProtectionKeys));
        builder.Services.AddScoped<SignInService>();
        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "rmdb.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = SignInPath;
                cookie.AccessDeniedPath = SignInPath;

                // Signed in, but on another role's page: back to the person's own workspace, not to a sign-in form.
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.Redirect(Workspaces.HomeFor(context.HttpContext.User));
                    return Task.CompletedTask;
                };
                cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    // A session the store no longer holds (signed out, refresh refused, expired) is signed out here too.
                    var sessionId = context.Principal?.FindFirstValue(SessionClaim);
                    var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
                    if (sessionId is null || !await store.IsOpenAsync(sessionId))
                    {
                        context.RejectPrincipal();
                    }
                };
            });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static IEndpointRouteBuilder MapPortalSessionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignOutPath, async (HttpContext http, SessionStore store) =>
        {
            if (http.User.FindFirstValue(SessionClaim) is { } sessionId)
            {
                await store.CloseAsync(sessionId);
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/");
        });
        return app;
    }

    /// <summary>Exchanges a user name and password for the platform's tokens and signs the browser in.</summary>
    public sealed class SignInService(IHttpClientFactory httpClients, SessionStore store, TokenOptions tokenOptions)
    {
        public async Task<SignInOutcome> SignInAsync(HttpContext http, string userName, string password, CancellationToken cancellationToken)
        {
            var client = httpClients.CreateClient(PlatformClient.Name);
            using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password }, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return SignInOutcome.Refused(RetryHint.From(response) ?? "登录尝试过于频繁，请稍后再试。");
            }

            if (!response.IsSuccessStatusCode)
            {
                var problem = await ApiProblem.ReadAsync(response, cancellationToken);
                return SignInOutcome.Refused(problem.Detail ?? "用户名或密码不正确。");
            }

            var tokens = (await response.Content.ReadFromJsonAsync<TokenPair>(cancellationToken))!;

            // The portal shows and decides by these claims, so it believes only a token the platform signed.
            var validation = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.AccessToken, new TokenValidationParameters
            {
                ValidIssuer = tokenOptions.Issuer,
                ValidAudience = tokenOptions.Audience,
                IssuerSigningKey = tokenOptions.CreateSecurityKey(),
            });
            if (!validation.IsValid || validation.SecurityToken is not JsonWebToken token)
            {
                return SignInOutcome.Refused("登录服务暂时不可用，请稍后再试。");
            }

            var claims = token.Claims.Where(claim => CopiedClaims.Contains(claim.Type)).Select(claim => new Claim(claim.Type, claim.Value)).ToList();
            claims.Add(new Claim(SessionClaim, await store.OpenAsync(tokens)));
            var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, PlatformClaims.Name, PlatformClaims.Role);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return SignInOutcome.SignedIn(new ClaimsPrincipal(identity));
        }
    }

    public sealed record SignInOutcome(ClaimsPrincipal? User, string? Error)
    {
        public static SignInOutcome SignedIn(ClaimsPrincipal user) => new(user, null);

        public static SignInOutcome Refused(string error) => new(null, error);
    }
}
