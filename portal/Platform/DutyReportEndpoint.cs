using System.Net.Http.Headers;
using System.Security.Claims;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Portal.Platform;

/// <summary>
/// The deputy's yearly duty report (the Deputies service's Excel), passed through to the browser: a plain link
/// downloads it, with the session's token added here, since the browser holds none.
/// </summary>
public static class DutyReportEndpoint
{
    public const string Path = "/deputy/duty/report";

    public static IEndpointRouteBuilder MapDutyReport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext http, SessionStore sessions, IHttpClientFactory httpClients, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var deputyId = http.User.FindFirstValue(PlatformClaims.Deputy);
            var sessionId = http.User.FindFirstValue(PortalSessions.SessionClaim);
            if (deputyId is null || sessionId is null || await sessions.AccessTokenAsync(sessionId, cancellationToken) is not { } token)
            {
                return Results.Forbid();
            }

            var year = ChinaTime.Today(clock).Year;
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/deputies/deputies/{Uri.EscapeDataString(deputyId)}/report?year={year}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await httpClients.CreateClient(PlatformClient.Name).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? Results.File(
                    await response.Content.ReadAsByteArrayAsync(cancellationToken),
                    response.Content.Headers.ContentType?.ToString() ?? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    $"履职报告-{year}.xlsx")
                : Results.StatusCode((int)response.StatusCode);
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Deputy));
        return app;
    }
}
