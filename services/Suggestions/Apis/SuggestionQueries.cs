using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>The suggestions a user may see: the domain's visibility rule on top of the division scope the DbContext applies.</summary>
public static class SuggestionQueries
{
    public static IQueryable<Suggestion> VisibleTo(this IQueryable<Suggestion> query, CurrentUser user) =>
        query.Where(Suggestion.VisibleTo(user.ToActor()));

    /// <summary>The whole aggregate of one visible suggestion, or null (404).</summary>
    public static Task<Suggestion?> FindVisibleAsync(this IQueryable<Suggestion> query, Guid id, CurrentUser user, CancellationToken ct) =>
        query.VisibleTo(user).AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);
}
