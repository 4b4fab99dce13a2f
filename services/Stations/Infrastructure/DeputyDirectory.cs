using System.Net;

namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>
/// Asks the Deputies service, which owns deputies, whether a deputy exists and serves, and where: the public
/// card answers only for serving deputies. A citizen's form takes its division from here, never from the citizen.
/// </summary>
public sealed class DeputyDirectory(HttpClient http)
{
    public const string ClientName = "deputies";

    public async Task<DeputyLookup> FindServingAsync(Guid deputyId, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"/api/deputies/public/deputies/{deputyId}", UriKind.Relative), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return DeputyLookup.NotServing;
            }

            if (!response.IsSuccessStatusCode)
            {
                return DeputyLookup.NoAnswer;
            }

            return await response.Content.ReadFromJsonAsync<ServingDeputy>(cancellationToken) is { } deputy
                ? new DeputyLookup(deputy, false)
                : DeputyLookup.NoAnswer;
        }
        catch (HttpRequestException)
        {
            return DeputyLookup.NoAnswer;
        }
        catch (TimeoutException)
        {
            return DeputyLookup.NoAnswer;
        }
    }
}
