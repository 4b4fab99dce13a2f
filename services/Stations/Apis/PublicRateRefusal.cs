using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

/// <summary>The answer when a public form's rate limit refuses a request.</summary>
internal static class PublicRateRefusal
{
    /// <summary>
    /// 429 over the limit, with Retry-After (seconds) and the China time to try again in the detail; 503 when the
    /// counters cannot be read; null when the request may go through.
    /// </summary>
    public static ProblemHttpResult? Refusal(this PublicRateDecision decision, HttpContext http, TimeProvider clock)
    {
        switch (decision.Verdict)
        {
            case PublicRateVerdict.OverLimit:
                var seconds = Math.Max(1, (long)Math.Ceiling(decision.RetryAfter.TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var retryAt = ChinaTime.ToChina(clock.GetUtcNow().AddSeconds(seconds));
                return Problems.TooManyRequests(
                    $"提交次数已达上限，请于 {retryAt.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)}（北京时间）后再试。");
            case PublicRateVerdict.Unavailable:
                return Problems.Unavailable("公开表单暂停受理，请稍后再试，或到联络站当面反映。");
            default:
                return null;
        }
    }
}
