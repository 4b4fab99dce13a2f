using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

/// <summary>
/// Asks Identity, in one call for a whole roll, to create the accounts of deputies who have none. Identity answers
/// each new account's one-time password once; a deputy who has an account keeps it.
/// </summary>
public sealed partial class DeputyAccounts(HttpClient http, ILogger<DeputyAccounts> logger)
{
    public const string ClientName = "identity";

    public sealed record Issued(Guid DeputyId, string UserName, string Password);

    public sealed record Existing(Guid DeputyId, string UserName);

    public sealed record Taken(Guid DeputyId, string UserName);

    public sealed record Result(IReadOnlyList<Issued> Created, IReadOnlyList<Existing> Existing, IReadOnlyList<Taken> Taken);

    private sealed record Request(IReadOnlyList<Item> Accounts);

    private sealed record Item(Guid DeputyId, string UserName, string DisplayName, string DivisionCode);

    /// <summary>The accounts, keyed by the deputy's mobile number as user name; null when Identity could not be asked.</summary>
    public async Task<Result?> EnsureAsync(IEnumerable<Deputy> deputies, CancellationToken cancellationToken)
    {
        var items = deputies.Select(deputy => new Item(deputy.Id, deputy.Phone, deputy.Name, deputy.DivisionCode)).ToList();
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri("/internal/identity/deputy-accounts", UriKind.Relative), new Request(items), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
                return null;
            }

            return await response.Content.ReadFromJsonAsync<Result>(cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            LogUnavailable(logger, exception);
            return null;
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(logger, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity refused the roll's accounts with {Status}: {Body}")]
    private static partial void LogRefused(ILogger logger, int status, string body);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity could not be reached for the roll's accounts")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
