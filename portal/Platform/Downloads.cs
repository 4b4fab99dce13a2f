using System.Net.Http.Headers;
using System.Security.Claims;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Portal.Platform;

/// <summary>
/// Files of the platform passed through to the browser: a plain link downloads them, with the session's token
/// added here, since the browser holds none. The file is streamed from the gateway, never held whole in memory.
/// </summary>
public static class Downloads
{
    public const string DutyReportPath = "/deputy/duty/report";

    public static string AttachmentPath(Guid suggestionId, Guid attachmentId) => $"/deputy/suggestions/{suggestionId}/attachments/{attachmentId}";

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        // The deputy's yearly duty report (the Deputies service's Excel).
        app.MapGet(DutyReportPath, (HttpContext http, TimeProvider clock) =>
        {
            var year = ChinaTime.Today(clock).Year;
            return http.User.FindFirstValue(PlatformClaims.Deputy) is { } deputyId
                ? PassThroughAsync(http, $"/api/deputies/deputies/{Uri.EscapeDataString(deputyId)}/report?year={year}", $"履职报告-{year}.xlsx")
                : Task.FromResult(Results.Forbid());
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Deputy));

        // A suggestion's attachment, under the name and type it was uploaded with; the platform decides who may read it.
        app.MapGet("/deputy/suggestions/{suggestionId:guid}/attachments/{attachmentId:guid}", (Guid suggestionId, Guid attachmentId, HttpContext http) =>
            PassThroughAsync(http, $"/api/suggestions/suggestions/{suggestionId}/attachments/{attachmentId}", null))
            .RequireAuthorization();
        return app;
    }

    private static async Task<IResult> PassThroughAsync(HttpContext http, string apiPath, string? fileName)
    {
        var sessions = http.RequestServices.GetRequiredService<SessionStore>();
        var cancellationToken = http.RequestAborted;
        if (http.User.FindFirstValue(PortalSessions.SessionClaim) is not { } sessionId
            || await sessions.AccessTokenAsync(sessionId, cancellationToken) is not { } token)
        {
            return Results.Challenge();
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, apiPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var client = http.RequestServices.GetRequiredService<IHttpClientFactory>().CreateClient(PlatformClient.Name);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            return Results.StatusCode((int)response.StatusCode);
        }

        // Disposed when the response has been written, after the stream is copied to the browser.
        http.Response.RegisterForDispose(response);
        var headers = response.Content.Headers;
        return Results.Stream(
            await response.Content.ReadAsStreamAsync(cancellationToken),
            headers.ContentType?.ToString() ?? "application/octet-stream",
            fileName ?? headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"') ?? "附件");
    }
}
