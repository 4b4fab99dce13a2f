using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using RenminDaibiao.ServiceDefaults;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Every service describes its API as an OpenAPI document at <c>/openapi/v1.json</c>; the gateway republishes it
/// as <c>/openapi/&lt;service&gt;.json</c> and shows them all at <c>/docs</c>.
/// </summary>
public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddDefaultOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddOperationTransformer(ProblemResponses.DescribeAsync).AddDocumentTransformer((document, _, _) =>
        {
            // No server list: a reader calls the origin the document came from, the gateway, never a service directly.
            document.Servers = [];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "POST /api/auth/token 返回的 accessToken。",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
            return Task.CompletedTask;
        }));

    public static WebApplication MapDefaultOpenApi(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        return app;
    }
}
