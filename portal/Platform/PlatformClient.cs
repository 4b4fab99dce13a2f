using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Http.Resilience;

namespace RenminDaibiao.Portal.Platform;

/// <summary>
/// The platform as the portal sees it: the gateway's /api/**, nothing else. Calls carry the signed-in person's
/// access token from the server-side session; anonymous calls (the citizens' pages) carry none.
/// </summary>
public sealed class PlatformClient(IHttpClientFactory httpClients, AuthenticationStateProvider authentication, SessionStore sessions)
{
    public const string Name = "gateway";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, cancellationToken);

    /// <summary>Uploads one file as the multipart field <c>file</c>, as the platform's attachment endpoints take it.</summary>
    public Task<ApiResult<T>> PostFileAsync<T>(
        string path, string fileName, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        var file = new StreamContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return SendAsync<T>(HttpMethod.Post, path, form, cancellationToken);
    }

    /// <summary>The signed-in person's access token, for the real-time connection; null when signed out.</summary>
    public async Task<string?> AccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirstValue(PortalSessions.SessionClaim) is { } sessionId
            ? await sessions.AccessTokenAsync(sessionId, cancellationToken)
            : null;
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(method, path, body, cancellationToken);
        using var response = await httpClients.CreateClient(Name).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return ApiResult<T>.Failure(await ApiProblem.ReadAsync(response, cancellationToken));
        }

        return response.Content.Headers.ContentLength == 0
            ? ApiResult<T>.Success(default!)
            : ApiResult<T>.Success((await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!);
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path);
        request.Content = body switch
        {
            null => null,
            HttpContent content => content,
            _ => JsonContent.Create(body, body.GetType(), options: Json),
        };

        if (await AccessTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}

/// <summary>An answer of the platform: the value, or the problem it reported.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem Problem)
{
    public bool Ok => Problem.Status == 0;

    public static ApiResult<T> Success(T value) => new(value, ApiProblem.None);

    public static ApiResult<T> Failure(ApiProblem problem) => new(default, problem);
}

public static class PlatformClientExtensions
{
    /// <summary>The gateway by service discovery (the AppHost's reference), or Portal:GatewayUrl.</summary>
    public static IHostApplicationBuilder AddPlatformClient(this IHostApplicationBuilder builder)
    {
        var gateway = builder.Configuration["Portal:GatewayUrl"] ?? "https+http://gateway";
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<ForwardedForHandler>();
        builder.Services.AddHttpClient(PlatformClient.Name, client => client.BaseAddress = new Uri(gateway))
            .AddHttpMessageHandler<ForwardedForHandler>();

        // The gateway is the portal's only HTTP client. A person is waiting: a form is posted once (a retry could
        // register it twice), and a 429 goes straight back with its Retry-After instead of being waited out here.
        builder.Services.ConfigureAll<HttpStandardResilienceOptions>(options =>
        {
            options.Retry.DisableForUnsafeHttpMethods();
            var transient = options.Retry.ShouldHandle;
            options.Retry.ShouldHandle = arguments => arguments.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests
                ? ValueTask.FromResult(false)
                : transient(arguments);
        });
        builder.Services.AddScoped<PlatformClient>();
        builder.Services.AddScoped<NotificationFeed>();
        return builder;
    }
}
