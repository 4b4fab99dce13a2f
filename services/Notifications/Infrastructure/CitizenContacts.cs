using System.Net;
using RenminDaibiao.Notifications.Domain;

namespace RenminDaibiao.Notifications.Infrastructure;

/// <summary>
/// The phone number of a citizen recipient, asked of Stations (which owns it and audits the read) at the
/// moment an SMS is sent, so that the number is neither carried by events nor stored here.
/// </summary>
public sealed class CitizenContacts(IHttpClientFactory clients)
{
    public const string ClientName = "stations";

    /// <summary>The address to send to: the stored one, or for a citizen the number Stations holds.</summary>
    public async Task<string?> AddressForAsync(string recipientKey, string? storedAddress, CancellationToken cancellationToken)
    {
        if (storedAddress is not null || RecipientKey.CitizenOpinionId(recipientKey) is not { } opinionId)
        {
            return storedAddress;
        }

        using var response = await clients.CreateClient(ClientName).GetAsync(new Uri($"/internal/stations/opinions/{opinionId}/citizen-phone", UriKind.Relative), cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new InvalidOperationException($"Stations holds no phone number for {recipientKey}.");
        }

        response.EnsureSuccessStatusCode();
        var contact = await response.Content.ReadFromJsonAsync<CitizenPhone>(cancellationToken).ConfigureAwait(false);
        return contact?.Phone;
    }

    private sealed record CitizenPhone(string Phone);
}
