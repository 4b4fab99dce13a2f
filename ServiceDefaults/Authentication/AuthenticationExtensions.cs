using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace RenminDaibiao.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Validates the platform's access tokens (issuer, audience, signature, expiry) and registers
    /// <see cref="CurrentUser"/>. The gateway and every service call this: each checks tokens itself.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TokenOptions.SectionName).Get<TokenOptions>() ?? new TokenOptions();
        if (string.IsNullOrEmpty(options.SigningKey) && EF.IsDesignTime)
        {
            options.SigningKey = new string('x', 32);
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<AccessTokenFactory>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddTransient<CallerTokenHandler>();
        builder.Services.AddTransient<ServiceTokenHandler>();
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = options.CreateSecurityKey(),
                    NameClaimType = PlatformClaims.Name,
                    RoleClaimType = PlatformClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                jwt.Events = new JwtBearerEvents
                {
                    // Browsers cannot set headers on a WebSocket; SignalR sends the token in the query instead.
                    OnMessageReceived = context =>
                    {
                        var path = context.HttpContext.Request.Path.Value ?? "";
                        if (context.Request.Query.TryGetValue("access_token", out var token)
                            && (path.EndsWith("/hub", StringComparison.Ordinal) || path.Contains("/hub/", StringComparison.Ordinal)))
                        {
                            context.Token = token;
                        }

                        return Task.CompletedTask;
                    },
                };
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.StationStaff, Roles.CommitteeStaff, Roles.Admin))
            .AddPolicy(Policies.CommitteeStaff, policy => policy.RequireRole(Roles.CommitteeStaff, Roles.Admin))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Deputy, policy => policy.RequireRole(Roles.Deputy))
            .AddPolicy(Policies.HandlingUnit, policy => policy.RequireRole(Roles.HandlingUnit))
            .AddPolicy(Policies.Service, policy => policy.RequireRole(Roles.Service));
        return builder;
    }
}

/// <summary>Authorization policy names shared by every service.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string CommitteeStaff = "committee-staff";
    public const string Admin = "admin";
    public const string Deputy = "deputy";
    public const string HandlingUnit = "handling-unit";
    public const string Service = "service";
}
