using Microsoft.AspNetCore.Http.HttpResults;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

/// <summary>The answer when a public form's rate limit refuses a request.</summary>
internal static class PublicRateRefusal
{
    /// <summary>429 over the limit, 503 when the counters cannot be read; null when the request may go through.</summary>
    public static ProblemHttpResult? Refusal(this PublicRateDecision decision) => decision switch
    {
        PublicRateDecision.OverLimit => Problems.TooManyRequests("提交次数已达上限，请稍后再试。"),
        PublicRateDecision.Unavailable => Problems.Unavailable("公开表单暂停受理，请稍后再试，或到联络站当面反映。"),
        _ => null,
    };
}
