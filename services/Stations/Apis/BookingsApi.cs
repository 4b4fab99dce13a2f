using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

public static class BookingsApi
{
    public const string PublicBookingForm = "booking";

    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder app)
    {
        var bookings = app.MapGroup("/api/stations/bookings").WithTags("Bookings");
        bookings.MapPost("/", BookAsync).WithSummary("群众或工作人员预约代表接待时段").RequireAuthorization();
        bookings.MapGet("/", ListAsync).WithSummary("预约列表（分页）").RequireAuthorization();
        bookings.MapGet("/{id:guid}", GetAsync).WithSummary("查看一条预约").RequireAuthorization().WithName("GetBooking");
        bookings.MapPost("/{id:guid}/cancel", CancelAsync).WithSummary("取消预约").RequireAuthorization();

        // Citizens without an account book through the public form (rate limited like the opinion form).
        app.MapGroup("/api/stations/public").WithTags("Public").MapPost("/bookings", BookPublicAsync).WithSummary("公开表单：无需账号预约代表").AllowAnonymous();
        return app;
    }

    public sealed record BookingRequest(Guid? ShiftId, DateTimeOffset? SlotStartsAt, string? Name, string? Phone, string? Topic);

    /// <summary>A booking as staff and deputies see it (phone masked), or as the citizen who made it.</summary>
    public sealed record BookingResponse(
        Guid Id,
        string Reference,
        Guid ShiftId,
        Guid StationId,
        string StationName,
        string DivisionCode,
        Guid DeputyId,
        string? DeputyName,
        DateTimeOffset SlotStartsAt,
        DateTimeOffset SlotEndsAt,
        string CitizenName,
        string CitizenPhone,
        string Topic,
        BookingStatus Status,
        DateTimeOffset BookedAt)
    {
        public static BookingResponse From(Booking b) => new(
            b.Id, b.Reference, b.ShiftId, b.StationId, b.StationName, b.DivisionCode, b.DeputyId, b.DeputyName, b.SlotStartsAt, b.SlotEndsAt,
            PersonalData.MaskName(b.CitizenName)!, Phones.Mask(b.CitizenPhone), b.Topic, b.Status, b.BookedAt);
    }

    private static Task<Results<Created<BookingResponse>, ProblemHttpResult>> BookAsync(
        BookingRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.Citizen) || user.IsStaff()
            ? CreateAsync(request, db, user.IsInRole(Roles.Citizen) ? user.Id : null, clock, cancellationToken)
            : Task.FromResult<Results<Created<BookingResponse>, ProblemHttpResult>>(Problems.Forbidden("只有群众或工作人员可以预约代表。"));

    private static async Task<Results<Created<BookingResponse>, ProblemHttpResult>> BookPublicAsync(
        BookingRequest request, HttpContext http, StationsContext db, PublicRateLimiter limiter, TimeProvider clock, CancellationToken cancellationToken)
    {
        var phoneKey = string.IsNullOrWhiteSpace(request.Phone) ? null : new string([.. request.Phone.Where(char.IsAsciiDigit)]);
        if ((await limiter.TryAcquireAsync(PublicBookingForm, http.Connection.RemoteIpAddress?.ToString(), phoneKey)).Refusal(http, clock) is { } refusal)
        {
            return refusal;
        }

        return await CreateAsync(request, db, null, clock, cancellationToken);
    }

    /// <summary>
    /// Books a slot. Two requests for the same slot may both pass the check below; the partial unique index
    /// on (shift, slot) for active bookings lets exactly one insert commit, and the other gets 409.
    /// </summary>
    private static async Task<Results<Created<BookingResponse>, ProblemHttpResult>> CreateAsync(
        BookingRequest request, StationsContext db, Guid? accountId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.ShiftId is not { } shiftId)
        {
            return Problems.Invalid("shiftId", "请选择预约的班次。");
        }

        // Shifts are public: a citizen may book a deputy of any division.
        if (await db.Shifts.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(s => s.Id == shiftId, cancellationToken) is not { } shift)
        {
            return Problems.Invalid("shiftId", "班次不存在。");
        }

        var takenSlots = await db.Bookings.IgnoreQueryFilters()
            .Where(b => b.ShiftId == shiftId && b.Status == BookingStatus.Booked)
            .Select(b => b.SlotStartsAt)
            .ToListAsync(cancellationToken);
        var booked = Booking.Book(
            shift, request.SlotStartsAt, request.Name, request.Phone, request.Topic, accountId, takenSlots.Contains, clock.GetUtcNow());
        if (booked.Value is not { } booking)
        {
            return booked.ToProblem()!;
        }

        db.Bookings.Add(booking);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return Problems.Conflict("该时段已被预约，请选择其他时段。");
        }

        var response = BookingResponse.From(booking) with { CitizenName = booking.CitizenName };
        return TypedResults.Created($"/api/stations/bookings/{booking.Id}", response);
    }

    private static async Task<Results<Ok<PagedList<BookingResponse>>, ProblemHttpResult>> ListAsync(
        StationsContext db, CurrentUser user, Guid? shiftId, Guid? deputyId, Guid? stationId, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var pagingErrors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, pagingErrors);
        if (pagingErrors.Any)
        {
            return Problems.Invalid(pagingErrors);
        }

        IQueryable<Booking> query;
        if (user.IsStaff())
        {
            query = db.Bookings.AsNoTracking();
        }
        else if (user.IsInRole(Roles.Deputy) && user.DeputyId is { } me)
        {
            query = db.Bookings.IgnoreQueryFilters().AsNoTracking().Where(b => b.DeputyId == me);
        }
        else if (user.IsInRole(Roles.Citizen))
        {
            var account = user.Id;
            query = db.Bookings.IgnoreQueryFilters().AsNoTracking().Where(b => b.CitizenAccountId == account);
        }
        else
        {
            return Problems.Forbidden("无权查看预约。");
        }

        if (shiftId is not null)
        {
            query = query.Where(b => b.ShiftId == shiftId);
        }

        if (deputyId is not null)
        {
            query = query.Where(b => b.DeputyId == deputyId);
        }

        if (stationId is not null)
        {
            query = query.Where(b => b.StationId == stationId);
        }

        var listed = await query.OrderBy(b => b.SlotStartsAt).ToPageAsync(pageRequest, cancellationToken);
        return TypedResults.Ok(listed.Select(BookingResponse.From));
    }

    private static async Task<Results<Ok<BookingResponse>, ProblemHttpResult>> GetAsync(Guid id, StationsContext db, CurrentUser user, CancellationToken cancellationToken) =>
        await FindOwnAsync(db, user, id, cancellationToken) is { } booking
            ? TypedResults.Ok(BookingResponse.From(booking))
            : Problems.NotFound();

    private static async Task<Results<Ok<BookingResponse>, ProblemHttpResult>> CancelAsync(Guid id, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(db, user, id, cancellationToken, track: true) is not { } booking)
        {
            return Problems.NotFound();
        }

        if (booking.Cancel(clock.GetUtcNow()).ToProblem() is { } failure)
        {
            return failure;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(BookingResponse.From(booking));
    }

    /// <summary>Staff within their division, the deputy booked, or the citizen who booked.</summary>
    private static Task<Booking?> FindOwnAsync(StationsContext db, CurrentUser user, Guid id, CancellationToken cancellationToken, bool track = false)
    {
        IQueryable<Booking> bookings = track ? db.Bookings : db.Bookings.AsNoTracking();
        if (user.IsStaff())
        {
            return bookings.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        }

        var account = user.Id;
        var deputyId = user.DeputyId;
        return bookings.IgnoreQueryFilters().FirstOrDefaultAsync(
            b => b.Id == id && ((b.CitizenAccountId != null && b.CitizenAccountId == account) || (deputyId != null && b.DeputyId == deputyId)),
            cancellationToken);
    }
}
