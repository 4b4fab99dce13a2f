using System.Net;

namespace RenminDaibiao.Identity.Infrastructure;

/// <summary>
/// Asks the services that own deputies (Deputies) and handling units (Suggestions) whether the caller may see
/// a record, with the caller's own token: their division scope decides, so an administrator cannot link an
/// account to a deputy or a unit of another division.
/// </summary>
public sealed class LinkedRecords(IHttpClientFactory clients)
{
    public const string DeputiesClient = "deputies";
    public const string SuggestionsClient = "suggestions";

    public Task<LinkCheck> DeputyAsync(Guid deputyId, CancellationToken cancellationToken) =>
        CheckAsync(DeputiesClient, $"/api/deputies/deputies/{deputyId}", cancellationToken);

    public Task<LinkCheck> UnitAsync(string unitCode, CancellationToken cancellationToken) =>
        CheckAsync(SuggestionsClient, $"/api/suggestions/units/{Uri.EscapeDataString(unitCode)}", cancellationToken);

    private async Task<LinkCheck> CheckAsync(string client, string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await clients.CreateClient(client).GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => LinkCheck.Visible,
                HttpStatusCode.NotFound or HttpStatusCode.Forbidden => LinkCheck.NotVisible,
                _ => LinkCheck.Unavailable,
            };
        }
        catch (HttpRequestException)
        {
            return LinkCheck.Unavailable;
        }
        catch (TimeoutException)
        {
            return LinkCheck.Unavailable;
        }
    }
}
