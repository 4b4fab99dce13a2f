using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

public static class RosterApi
{
    public static IEndpointRouteBuilder MapRosterApi(this IEndpointRouteBuilder app)
    {
        var roster = app.MapGroup("/api/stations/roster").WithTags("Roster");
        roster.MapGet("/", ListEntriesAsync).WithSummary("进站排班计划列表").RequireAuthorization();
        roster.MapGet("/{id:guid}", GetEntryAsync).WithSummary("查看排班计划").RequireAuthorization().WithName("GetRosterEntry");
        roster.MapPost("/", CreateEntryAsync).WithSummary("新建排班计划").RequireAuthorization(Policies.Staff);
        roster.MapPost("/{id:guid}/shifts", GenerateShiftsAsync).WithSummary("按计划生成班次").RequireAuthorization(Policies.Staff);
        roster.MapGet("/shifts", ListShiftsAsync).WithSummary("班次列表").RequireAuthorization();
        roster.MapGet("/shifts/{id:guid}", GetShiftAsync).WithSummary("查看班次").RequireAuthorization();
        roster.MapPost("/shifts/{id:guid}/signup", SignUpAsync).WithSummary("代表报名进站").RequireAuthorization(Policies.Deputy);
        roster.MapPost("/shifts/{id:guid}/assign", AssignAsync).WithSummary("指派值班代表").RequireAuthorization(Policies.Staff);
        roster.MapPost("/shifts/{id:guid}/served", MarkServedAsync).WithSummary("登记已进站履职").RequireAuthorization(Policies.Staff);

        // Citizens pick a slot to book from here.
        app.MapGroup("/api/stations/public").WithTags("Public").MapGet("/shifts", ListPublicShiftsAsync).WithSummary("公开：可预约的班次").AllowAnonymous();
        return app;
    }

    public sealed record RecurrenceRequest(RecurrenceKind? Type, DayOfWeek? Weekday, int? DayOfMonth, DateOnly? Date);

    public sealed record RosterEntryRequest(
        Guid? StationId,
        ReceptionKind? Kind,
        string? Title,
        string? Theme,
        string? OfficialName,
        bool? Mobile,
        string? Place,
        RecurrenceRequest? Recurrence,
        string? StartTime,
        string? EndTime,
        int? SlotMinutes);

    public sealed record RosterEntryResponse(
        Guid Id,
        Guid StationId,
        string StationName,
        string DivisionCode,
        ReceptionKind Kind,
        string Title,
        string? Theme,
        string? OfficialName,
        bool Mobile,
        string? Place,
        RecurrenceRequest Recurrence,
        string RecurrenceText,
        string StartTime,
        string EndTime,
        int SlotMinutes)
    {
        public static RosterEntryResponse From(RosterEntry entry) => new(
            entry.Id, entry.StationId, entry.StationName, entry.DivisionCode, entry.Kind, entry.Title, entry.Theme, entry.OfficialName,
            entry.Mobile, entry.Place,
            new RecurrenceRequest(entry.Recurrence.Kind, entry.Recurrence.Weekday, entry.Recurrence.DayOfMonth, entry.Recurrence.Date),
            entry.Recurrence.Describe(), entry.StartTime.ToString("HH:mm", null), entry.EndTime.ToString("HH:mm", null), entry.SlotMinutes);
    }

    public sealed record GenerateRequest(DateOnly? From, DateOnly? To);

    /// <summary>The deputy to put on duty; the name shown is Deputies', so a client need not send one.</summary>
    public sealed record AssignRequest(Guid? DeputyId);

    public sealed record ShiftResponse(
        Guid Id,
        Guid RosterEntryId,
        Guid StationId,
        string StationName,
        string DivisionCode,
        ReceptionKind Kind,
        string Title,
        DateOnly Date,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        int SlotMinutes,
        ShiftStatus Status,
        Guid? DeputyId,
        string? DeputyName,
        DateTimeOffset? ServedAt)
    {
        public static ShiftResponse From(DutyShift shift) => new(
            shift.Id, shift.RosterEntryId, shift.StationId, shift.StationName, shift.DivisionCode, shift.Kind, shift.Title, shift.Date,
            shift.StartsAt, shift.EndsAt, shift.SlotMinutes, shift.Status, shift.DeputyId, shift.DeputyName, shift.ServedAt);
    }

    /// <summary>A shift as a citizen sees it when choosing a meeting: who is on duty, where, and the slots still free.</summary>
    public sealed record PublicShiftResponse(
        Guid Id,
        Guid StationId,
        string StationName,
        string DivisionCode,
        ReceptionKind Kind,
        string Title,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        Guid? DeputyId,
        string? DeputyName,
        IReadOnlyList<DateTimeOffset> FreeSlots)
    {
        public static PublicShiftResponse From(DutyShift shift, IReadOnlyList<DateTimeOffset> freeSlots) => new(
            shift.Id, shift.StationId, shift.StationName, shift.DivisionCode, shift.Kind, shift.Title, shift.StartsAt, shift.EndsAt,
            shift.DeputyId, shift.DeputyName, freeSlots);
    }

    private static async Task<Results<Ok<PagedList<RosterEntryResponse>>, ProblemHttpResult>> ListEntriesAsync(
        StationsContext db, Guid? stationId, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.RosterEntries.AsNoTracking();
        if (stationId is not null)
        {
            query = query.Where(entry => entry.StationId == stationId);
        }

        var listed = await query.OrderBy(entry => entry.StationName).ThenBy(entry => entry.CreatedAt).ThenBy(entry => entry.Id)
            .ToPageAsync(pageRequest, cancellationToken);
        return TypedResults.Ok(listed.Select(RosterEntryResponse.From));
    }

    private static async Task<Results<Ok<RosterEntryResponse>, ProblemHttpResult>> GetEntryAsync(Guid id, StationsContext db, CancellationToken cancellationToken) =>
        await db.RosterEntries.AsNoTracking().FirstOrDefaultAsync(entry => entry.Id == id, cancellationToken) is { } entry
            ? TypedResults.Ok(RosterEntryResponse.From(entry))
            : Problems.NotFound();

    private static async Task<Results<CreatedAtRoute<RosterEntryResponse>, ProblemHttpResult>> CreateEntryAsync(
        RosterEntryRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.StationId is not { } stationId)
        {
            return Problems.Invalid("stationId", "请选择站点。");
        }

        if (await db.Stations.FirstOrDefaultAsync(s => s.Id == stationId, cancellationToken) is not { } station)
        {
            return Problems.Invalid("stationId", "站点不存在。");
        }

        if (!user.CanAccessDivision(station.DivisionCode))
        {
            return Problems.OutsideDivision();
        }

        var recurrence = request.Recurrence ?? new RecurrenceRequest(null, null, null, null);
        var created = RosterEntry.Create(
            station, request.Kind, request.Title, request.Theme, request.OfficialName, request.Mobile ?? false, request.Place,
            recurrence.Type, recurrence.Weekday, recurrence.DayOfMonth, recurrence.Date,
            request.StartTime, request.EndTime, request.SlotMinutes, clock.GetUtcNow());
        if (created.Value is not { } entry)
        {
            return created.ToProblem()!;
        }

        db.RosterEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.CreatedAtRoute(RosterEntryResponse.From(entry), "GetRosterEntry", new { id = entry.Id });
    }

    private static async Task<Results<Ok<List<ShiftResponse>>, ProblemHttpResult>> GenerateShiftsAsync(
        Guid id, GenerateRequest request, StationsContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (await db.RosterEntries.FirstOrDefaultAsync(entry => entry.Id == id, cancellationToken) is not { } entry)
        {
            return Problems.NotFound();
        }

        if (!user.CanAccessDivision(entry.DivisionCode))
        {
            return Problems.OutsideDivision();
        }

        var existing = await db.Shifts.Where(shift => shift.RosterEntryId == id).Select(shift => shift.Date).ToListAsync(cancellationToken);
        var generated = entry.GenerateShifts(request.From, request.To, existing.ToHashSet());
        if (generated.Value is not { } shifts)
        {
            return generated.ToProblem()!;
        }

        db.Shifts.AddRange(shifts);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return Problems.Conflict("排班正在由他人同时生成，请刷新后重试。");
        }

        return TypedResults.Ok(shifts.Select(ShiftResponse.From).ToList());
    }

    private static async Task<Results<Ok<PagedList<ShiftResponse>>, ProblemHttpResult>> ListShiftsAsync(
        StationsContext db, CurrentUser user, Guid? stationId, Guid? deputyId, DateOnly? from, DateOnly? to, string? status,
        bool? mine, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var statusFilter = QueryEnum.Read<ShiftStatus>(status, "status", "状态取值无效：open、assigned 或 served。", errors);

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Shifts.AsNoTracking();
        if (stationId is not null)
        {
            query = query.Where(shift => shift.StationId == stationId);
        }

        if (mine == true)
        {
            deputyId = user.DeputyId ?? Guid.Empty;
        }

        if (deputyId is not null)
        {
            query = query.Where(shift => shift.DeputyId == deputyId);
        }

        if (from is not null)
        {
            query = query.Where(shift => shift.Date >= from);
        }

        if (to is not null)
        {
            query = query.Where(shift => shift.Date <= to);
        }

        if (statusFilter is not null)
        {
            query = query.Where(shift => shift.Status == statusFilter);
        }

        var listed = await query.OrderBy(shift => shift.StartsAt).ThenBy(shift => shift.Id).ToPageAsync(pageRequest, cancellationToken);
        return TypedResults.Ok(listed.Select(ShiftResponse.From));
    }

    private static async Task<Results<Ok<ShiftResponse>, ProblemHttpResult>> GetShiftAsync(Guid id, StationsContext db, CancellationToken cancellationToken) =>
        await db.Shifts.AsNoTracking().FirstOrDefaultAsync(shift => shift.Id == id, cancellationToken) is { } shift
            ? TypedResults.Ok(ShiftResponse.From(shift))
            : Problems.NotFound();

    /// <summary>A deputy signs up for an open shift of their own station.</summary>
    private static async Task<Results<Ok<ShiftResponse>, ProblemHttpResult>> SignUpAsync(
        Guid id, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (user.DeputyId is not { } deputyId)
        {
            return Problems.Forbidden("该账号未关联代表身份。");
        }

        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == deputyId, cancellationToken);
        return await ChangeShiftAsync(db, id, cancellationToken, async shift =>
        {
            // The shift is in the caller's scope, so its station is too; looked up as it stands, wherever.
            var station = await db.Stations.IgnoreQueryFilters().AsNoTracking().FirstAsync(s => s.Id == shift.StationId, cancellationToken);
            return shift.SignUp(deputy, station, clock.GetUtcNow());
        });
    }

    private static async Task<Results<Ok<ShiftResponse>, ProblemHttpResult>> AssignAsync(
        Guid id, AssignRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var deputy = request.DeputyId is { } deputyId
            ? await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == deputyId, cancellationToken)
            : null;
        return await ChangeShiftAsync(db, id, cancellationToken, shift => Task.FromResult(shift.Assign(request.DeputyId, deputy, user.ToActor(), clock.GetUtcNow())));
    }

    private static Task<Results<Ok<ShiftResponse>, ProblemHttpResult>> MarkServedAsync(
        Guid id, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeShiftAsync(db, id, cancellationToken, shift => Task.FromResult(shift.MarkServed(user.ToActor(), clock.GetUtcNow())));

    private static async Task<Results<Ok<ShiftResponse>, ProblemHttpResult>> ChangeShiftAsync(
        StationsContext db, Guid id, CancellationToken cancellationToken, Func<DutyShift, Task<Outcome>> change)
    {
        if (await db.Shifts.FirstOrDefaultAsync(shift => shift.Id == id, cancellationToken) is not { } shift)
        {
            return Problems.NotFound();
        }

        if ((await change(shift)).ToProblem() is { } refusal)
        {
            return refusal;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ShiftResponse.From(shift));
    }

    /// <summary>Upcoming shifts with a deputy on duty and their free slots, for citizens choosing a meeting.</summary>
    private static async Task<Results<Ok<PagedList<PublicShiftResponse>>, ProblemHttpResult>> ListPublicShiftsAsync(
        StationsContext db, TimeProvider clock, string? divisionCode, Guid? deputyId, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (listQuery, refusal) = PublicListQuery.Read(divisionCode, page, pageSize);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var prefix = listQuery.DivisionPrefix;
        var query = db.Shifts.IgnoreQueryFilters().AsNoTracking()
            .Where(shift => shift.DivisionCode.StartsWith(prefix) && shift.Status == ShiftStatus.Assigned && shift.EndsAt > now);
        if (deputyId is not null)
        {
            query = query.Where(shift => shift.DeputyId == deputyId);
        }

        var shifts = await query.OrderBy(shift => shift.StartsAt).ThenBy(shift => shift.Id).ToPageAsync(listQuery.Page, cancellationToken);
        var ids = shifts.Items.Select(shift => shift.Id).ToList();
        var taken = await db.Bookings.IgnoreQueryFilters().AsNoTracking()
            .Where(booking => ids.Contains(booking.ShiftId) && booking.Status == BookingStatus.Booked)
            .Select(booking => new { booking.ShiftId, booking.SlotStartsAt })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(shifts.Select(shift => PublicShiftResponse.From(
            shift, [.. shift.SlotStarts().Where(slot => slot > now && !taken.Any(t => t.ShiftId == shift.Id && t.SlotStartsAt == slot))])));
    }
}
