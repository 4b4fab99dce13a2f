using Scalar.AspNetCore;

namespace RenminDaibiao.Gateway;

/// <summary>
/// One browsable reference of every service's API at <c>/docs</c>, built from the OpenAPI documents the gateway
/// republishes at <c>/openapi/&lt;service&gt;.json</c>; a reader signs in by pasting a token from /api/auth/token.
/// </summary>
internal static class ApiReference
{
    public const string Path = "/docs";
    private const string OpenApiRouteSuffix = "-openapi";

    public static WebApplication MapApiReference(this WebApplication app)
    {
        // The services that publish a document (the portal, a cluster too, has none).
        var services = app.Configuration.GetSection("ReverseProxy:Routes").GetChildren()
            .Where(route => route.Key.EndsWith(OpenApiRouteSuffix, StringComparison.Ordinal))
            .Select(route => route["ClusterId"]!)
            .ToList();
        app.MapScalarApiReference(Path, options =>
        {
            options.WithTitle("人民代表平台 API");
            foreach (var service in services)
            {
                options.AddDocument(service, service, $"/openapi/{service}.json", isDefault: service == services[0]);
            }

            options.AddPreferredSecuritySchemes([OpenApiExtensions.BearerScheme]);
        }).AllowAnonymous();
        return app;
    }
}
