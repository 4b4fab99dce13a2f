using System.Text.Json;

namespace RenminDaibiao.Portal.Platform;

/// <summary>An RFC 9457 problem the platform answered: its message and the fields it named in <c>errors</c>.</summary>
public sealed record ApiProblem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static readonly ApiProblem None = new(0, null, null, new Dictionary<string, string[]>());

    /// <summary>What to tell a person in one sentence, when no field is named.</summary>
    public string Message => Detail ?? Title ?? "操作未成功，请稍后再试。";

    public string? ErrorFor(string field) =>
        Errors.FirstOrDefault(entry => string.Equals(entry.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } messages
            ? string.Join(" ", messages)
            : null;

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        string? title = null;
        string? detail = null;
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (body.Length > 0 && body.TrimStart().StartsWith('{'))
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            detail = root.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            if (root.TryGetProperty("errors", out var named) && named.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in named.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? [.. field.Value.EnumerateArray().Select(message => message.GetString() ?? "")]
                        : [field.Value.ToString()];
                }
            }
        }

        if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
        {
            detail = RetryHint.From(response) ?? detail;
        }

        return new ApiProblem(status, title, detail ?? DefaultMessage(status), errors);
    }

    private static string? DefaultMessage(int status) => status switch
    {
        401 => "登录已过期，请重新登录。",
        403 => "没有权限进行此操作。",
        404 => "没有找到相关记录。",
        409 => "记录的状态已经改变，请刷新后再试。",
        >= 500 => "平台暂时无法处理，请稍后再试。",
        _ => null,
    };
}

/// <summary>A 429's Retry-After, said in Chinese.</summary>
public static class RetryHint
{
    public static string? From(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wait is not { } delay)
        {
            return null;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds));
        return seconds < 120
            ? $"提交过于频繁，请于 {seconds} 秒后再试。"
            : $"提交过于频繁，请于 {Display.DateTime(DateTimeOffset.UtcNow.AddSeconds(seconds))}（北京时间）后再试。";
    }
}
