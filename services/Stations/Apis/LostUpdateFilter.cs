using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Stations.Apis;

/// <summary>
/// The one place where a lost update becomes an answer: when two people change the same opinion, hearing or letter
/// at once, the save of the second fails on the concurrency token and the caller gets a 409 to reload and retry.
/// </summary>
internal static class LostUpdateFilter
{
    public const string Detail = "该记录已被他人同时修改，请刷新后重试。";

    public static TBuilder AnswerLostUpdatesWithConflict<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict(Detail);
            }
        });
}
