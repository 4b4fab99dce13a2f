using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>One page of a list.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Paging and sorting parameters shared by every list endpoint.</summary>
internal static class Listing
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static (int Page, int PageSize) Paging(int? page, int? pageSize, DomainErrors errors, int defaultPageSize = DefaultPageSize)
    {
        if (page is < 1)
        {
            errors.Add("page", "页码应从 1 开始。");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"每页条数应在 1 到 {MaxPageSize} 之间。");
        }

        return (page ?? 1, pageSize ?? defaultPageSize);
    }

    /// <summary>Reads "field" or "-field" (descending); an unknown field is an error naming "sort".</summary>
    public static (string Field, bool Descending) Sort(string? sort, string defaultSort, IReadOnlyCollection<string> allowed, DomainErrors errors)
    {
        var value = string.IsNullOrWhiteSpace(sort) ? defaultSort : sort.Trim();
        var descending = value.StartsWith('-');
        var field = descending ? value[1..] : value;
        if (!allowed.Contains(field))
        {
            errors.Add("sort", $"排序字段应为 {string.Join("、", allowed)} 之一，前加 - 表示倒序。");
            return (defaultSort.TrimStart('-'), defaultSort.StartsWith('-'));
        }

        return (field, descending);
    }

    public static IQueryable<T> PageOf<T>(this IQueryable<T> query, int page, int pageSize) =>
        query.Skip((page - 1) * pageSize).Take(pageSize);
}

internal static class Access
{
    public static bool IsStaff(this CurrentUser user) => user.IsInAnyRole(Roles.StationStaff, Roles.CommitteeStaff, Roles.Admin);

    public static bool IsCommittee(this CurrentUser user) => user.IsInAnyRole(Roles.CommitteeStaff, Roles.Admin);

    public static bool IsDeputy(this CurrentUser user, Guid deputyId) => user.IsInRole(Roles.Deputy) && user.DeputyId == deputyId;

    /// <summary>Staff of the division, or the deputy themself.</summary>
    public static bool MayActFor(this CurrentUser user, Guid deputyId) => user.IsStaff() || user.IsDeputy(deputyId);

    /// <summary>Audits a staff member's read of a person's data; the deputy reading their own is not audited.</summary>
    public static async Task AuditStaffReadAsync(
        this CurrentUser user, Infrastructure.DeputiesContext db, string subject, Guid subjectId, string divisionCode, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsStaff())
        {
            return;
        }

        db.PersonalDataReads.Add(PersonalDataRead.Record(user.Id, user.Name, subject, subjectId, divisionCode, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    public static IResult Forbidden() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权执行此操作。");

    public static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "记录不存在。");

    public static IResult Invalid(DomainErrors errors) => TypedResults.ValidationProblem(errors.ByField);

    public static IResult Invalid(string field, string message)
    {
        var errors = new DomainErrors();
        errors.Add(field, message);
        return TypedResults.ValidationProblem(errors.ByField);
    }

    public static IResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "操作与当前状态冲突。", detail: detail);
}
