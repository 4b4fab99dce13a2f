using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Gateway;

/// <summary>
/// An /api/** or /openapi/** path that no service route matches is a wrong address for an API client, which
/// expects a problem document: without this the portal's catch-all route would answer with its HTML 404 page.
/// </summary>
internal static class UnmatchedApi
{
    /// <summary>After every service route (their orders are at most 0), before the portal's catch-all (1000).</summary>
    private const int Order = 999;

    public static WebApplication MapUnmatchedApi(this WebApplication app)
    {
        foreach (var prefix in new[] { "/api", "/openapi" })
        {
            app.Map(prefix + "/{**rest}", () => Problems.NotFound("没有这个接口地址。"))
                .WithOrder(Order)
                .AllowAnonymous()
                .RequireRateLimiting(RateLimiting.PerClientPolicy)
                .ExcludeFromDescription();
        }

        return app;
    }
}
