using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>
/// Duty records (履职登记). Staff of the division record and correct any deputy's; a deputy sees only their
/// own and records, corrects and removes only what they entered themself.
/// </summary>
public static class DutiesApi
{
    private static readonly string[] Sorts = ["date", "recordedAt", "kind", "deputyName"];

    public static RouteGroupBuilder MapDutiesApi(this RouteGroupBuilder api)
    {
        var duties = api.MapGroup("/duties").WithTags("Duties");
        duties.MapGet("/", ListAsync).WithSummary("履职记录列表（代表只看到自己的）");
        duties.MapGet("/{id:guid}", GetAsync).WithSummary("履职记录详情");
        duties.MapPost("/", CreateAsync).WithSummary("登记履职");
        duties.MapPut("/{id:guid}", UpdateAsync).WithSummary("更正履职记录（系统自动登记的除外）");
        duties.MapDelete("/{id:guid}", DeleteAsync).WithSummary("删除履职记录");
        duties.MapPost("/{id:guid}/confirm", ConfirmAsync).WithSummary("确认代表自行登记的履职记录（工作人员）");
        duties.MapPost("/{id:guid}/reject", RejectAsync).WithSummary("退回代表自行登记的履职记录（工作人员）");
        return api;
    }

    public sealed record DutyResponse(
        Guid Id, Guid DeputyId, string DeputyName, string DivisionCode, Guid? CongressId, string Kind, string KindLabel, string Title,
        string? Description, DateOnly Date, string Source, DateTimeOffset RecordedAt, string Status, string StatusLabel, string? ReviewNote)
    {
        public static DutyResponse From(DutyRecord record) => new(
            record.Id, record.DeputyId, record.DeputyName, record.DivisionCode, record.CongressId, record.Kind, DutyKinds.Label(record.Kind),
            record.Title, record.Description, record.Date, record.Source, record.RecordedAt, record.Status, DutyStatuses.Label(record.Status), record.ReviewNote);
    }

    public sealed record RejectRequest(string? Reason);

    private const string StaffOnly = "只有代表所在区划的工作人员可以确认或退回履职记录。";

    private const string NotYours = "只有工作人员和代表本人可以登记、更正履职记录。";

    private static bool MayUseDuties(CurrentUser user) => user.IsStaff() || user.IsInRole(Roles.Deputy);

    /// <summary>Staff see every record of their subtree; a deputy only their own.</summary>
    private static IQueryable<DutyRecord> Visible(DeputiesContext db, CurrentUser user)
    {
        var query = db.DutyRecords.AsQueryable();
        if (!user.IsStaff())
        {
            var own = user.DeputyId ?? Guid.Empty;
            query = query.Where(record => record.DeputyId == own);
        }

        return query;
    }

    private static async Task<Results<Ok<PagedList<DutyResponse>>, ProblemHttpResult>> ListAsync(
        DeputiesContext db, CurrentUser user, CancellationToken ct, int? page, int? pageSize, string? sort,
        Guid? deputyId, string? kind, string? source, string? status, DateOnly? from, DateOnly? to, int? year, string? divisionCode)
    {
        if (!MayUseDuties(user))
        {
            return Problems.Forbidden(NotYours);
        }

        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var (field, descending) = Sorting.Read(sort, "-date", Sorts, errors);
        if (kind is not null && !DutyKinds.IsValid(kind))
        {
            errors.Add("kind", "履职类别无效，应为十二类履职之一。");
        }

        if (source is not null && source is not (DutySources.Staff or DutySources.Deputy or DutySources.Event))
        {
            errors.Add("source", "登记来源应为 staff、deputy 或 event。");
        }

        if (status is not null && !DutyStatuses.IsValid(status))
        {
            errors.Add("status", "确认状态应为 pending、confirmed 或 rejected。");
        }

        DivisionCodes.Optional(divisionCode, errors);

        if (year is < 1954 or > 2100)
        {
            errors.Add("year", "年份无效。");
        }

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = Visible(db, user).AsNoTracking();
        if (deputyId is not null)
        {
            query = query.Where(record => record.DeputyId == deputyId);
        }

        if (kind is not null)
        {
            query = query.Where(record => record.Kind == kind);
        }

        if (source is not null)
        {
            query = query.Where(record => record.Source == source);
        }

        if (status is not null)
        {
            query = query.Where(record => record.Status == status);
        }

        if (from is not null)
        {
            query = query.Where(record => record.Date >= from);
        }

        if (to is not null)
        {
            query = query.Where(record => record.Date <= to);
        }

        if (year is { } y)
        {
            var (start, end) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            query = query.Where(record => record.Date >= start && record.Date <= end);
        }

        if (divisionCode is not null)
        {
            var prefix = DivisionCodes.ScopePrefix(divisionCode);
            query = query.Where(record => record.DivisionCode.StartsWith(prefix));
        }

        query = (field, descending) switch
        {
            ("recordedAt", false) => query.OrderBy(record => record.RecordedAt),
            ("recordedAt", true) => query.OrderByDescending(record => record.RecordedAt),
            ("kind", false) => query.OrderBy(record => record.Kind).ThenByDescending(record => record.Date),
            ("kind", true) => query.OrderByDescending(record => record.Kind).ThenByDescending(record => record.Date),
            ("deputyName", false) => query.OrderBy(record => record.DeputyName).ThenByDescending(record => record.Date),
            ("deputyName", true) => query.OrderByDescending(record => record.DeputyName).ThenByDescending(record => record.Date),
            (_, false) => query.OrderBy(record => record.Date).ThenBy(record => record.Id),
            _ => query.OrderByDescending(record => record.Date).ThenByDescending(record => record.Id),
        };
        var found = await query.ToPageAsync(pageRequest, ct);
        return TypedResults.Ok(found.Select(DutyResponse.From));
    }

    private static async Task<Results<Ok<DutyResponse>, ProblemHttpResult>> GetAsync(Guid id, DeputiesContext db, CurrentUser user, CancellationToken ct)
    {
        if (!MayUseDuties(user))
        {
            return Problems.Forbidden(NotYours);
        }

        var record = await Visible(db, user).AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        return record is null ? Problems.NotFound() : TypedResults.Ok(DutyResponse.From(record));
    }

    private static async Task<Results<Created<DutyResponse>, ProblemHttpResult>> CreateAsync(
        DutyInput request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (!MayUseDuties(user))
        {
            return Problems.Forbidden(NotYours);
        }

        var deputyId = request.DeputyId ?? (user.IsStaff() ? null : user.DeputyId);
        if (deputyId is null)
        {
            return Problems.Invalid("deputyId", "代表不能为空。");
        }

        if (!user.IsStaff() && !user.IsDeputy(deputyId.Value))
        {
            return Problems.Forbidden(NotYours);
        }

        // Writing into a division the caller may not access is 403, so look beyond the caller's scope.
        var deputy = await db.Deputies.IgnoreQueryFilters().FirstOrDefaultAsync(candidate => candidate.Id == deputyId, ct);
        if (deputy is null)
        {
            return Problems.Invalid("deputyId", "代表不存在。");
        }

        var source = user.IsStaff() ? DutySources.Staff : DutySources.Deputy;
        var recorded = DutyRecord.Record(deputy, request, source, user.Id, clock.GetUtcNow());
        if (recorded.Value is not { } record)
        {
            return recorded.ToProblem()!;
        }

        if (!user.CanAccessDivision(deputy.DivisionCode))
        {
            return Problems.Forbidden(NotYours);
        }

        db.DutyRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/deputies/duties/{record.Id}", DutyResponse.From(record));
    }

    private static async Task<Results<Ok<DutyResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, DutyInput request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (!MayUseDuties(user))
        {
            return Problems.Forbidden(NotYours);
        }

        var record = await Visible(db, user).FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (record is null)
        {
            return Problems.NotFound();
        }

        if (!user.IsStaff() && record.Source != DutySources.Deputy)
        {
            return Problems.Forbidden(NotYours);
        }

        var deputy = await db.Deputies.IgnoreQueryFilters().FirstAsync(candidate => candidate.Id == record.DeputyId, ct);
        if (record.Update(deputy, request, user.IsStaff(), clock.GetUtcNow()).ToProblem() is { } problem)
        {
            return problem;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DutyResponse.From(record));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, DeputiesContext db, CurrentUser user, CancellationToken ct)
    {
        if (!MayUseDuties(user))
        {
            return Problems.Forbidden(NotYours);
        }

        var record = await Visible(db, user).FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (record is null)
        {
            return Problems.NotFound();
        }

        if (!user.IsStaff() && record.Source != DutySources.Deputy)
        {
            return Problems.Forbidden(NotYours);
        }

        db.DutyRecords.Remove(record);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<DutyResponse>, ProblemHttpResult>> ConfirmAsync(
        Guid id, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        await ReviewAsync(id, db, user, record => record.Confirm(user.Id, clock.GetUtcNow()), ct);

    private static async Task<Results<Ok<DutyResponse>, ProblemHttpResult>> RejectAsync(
        Guid id, RejectRequest request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        await ReviewAsync(id, db, user, record => record.Reject(user.Id, request.Reason, clock.GetUtcNow()), ct);

    /// <summary>Staff whose scope holds the deputy's division review a record; the division scope makes any other record not found.</summary>
    private static async Task<Results<Ok<DutyResponse>, ProblemHttpResult>> ReviewAsync(
        Guid id, DeputiesContext db, CurrentUser user, Func<DutyRecord, Outcome> review, CancellationToken ct)
    {
        if (!user.IsStaff())
        {
            return Problems.Forbidden(StaffOnly);
        }

        var record = await db.DutyRecords.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (record is null)
        {
            return Problems.NotFound();
        }

        if (review(record).ToProblem() is { } problem)
        {
            return problem;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DutyResponse.From(record));
    }
}
