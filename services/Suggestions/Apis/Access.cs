using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>
/// Who sees which suggestions, on top of the division scope the DbContext applies to every query:
/// committee staff and admins see their whole subtree; a handling unit only what is assigned to it
/// (lead or co-unit); a deputy only their own (lead or co-signed).
/// </summary>
public static class Access
{
    public static bool IsCommitteeStaff(this CurrentUser user) => user.IsInAnyRole(Roles.CommitteeStaff, Roles.Admin);

    public static Actor ToActor(this CurrentUser user) => new(
        user.Id,
        user.Name,
        user.IsInRole(Roles.Deputy) ? user.DeputyId : null,
        user.IsInRole(Roles.HandlingUnit) ? user.UnitCode : null,
        user.IsCommitteeStaff());

    public static IQueryable<Suggestion> VisibleTo(this IQueryable<Suggestion> query, CurrentUser user)
    {
        if (user.IsCommitteeStaff())
        {
            return query;
        }

        var unit = user.IsInRole(Roles.HandlingUnit) ? user.UnitCode : null;
        var deputy = user.IsInRole(Roles.Deputy) ? user.DeputyId : null;
        if (unit is null && deputy is null)
        {
            return query.Where(_ => false);
        }

        return query.Where(s =>
            (unit != null && (s.LeadUnitCode == unit || s.CoUnits.Any(c => c.UnitCode == unit)))
            || (deputy != null && (s.LeadDeputyId == deputy || s.CoSigners.Any(c => c.DeputyId == deputy))));
    }

    /// <summary>The whole aggregate of one visible suggestion, or null (404).</summary>
    public static Task<Suggestion?> FindVisibleAsync(this IQueryable<Suggestion> query, Guid id, CurrentUser user, CancellationToken ct) =>
        query.VisibleTo(user).AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>Maps a failed domain result to its HTTP problem: 400 naming the fields, 403 or 409.</summary>
    public static IResult ToProblem(this DomainResult result) => result.Outcome switch
    {
        DomainOutcome.Invalid => TypedResults.ValidationProblem(result.Errors),
        DomainOutcome.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权执行此操作", detail: result.Message),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "当前状态不允许此操作", detail: result.Message),
    };

    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
