using Microsoft.EntityFrameworkCore;
using QRCoder;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

public static class DeputiesApi
{
    private static readonly string[] DeputySorts = ["name", "birthDate", "registeredAt", "divisionCode"];

    /// <summary>Every endpoint of the service under /api/deputies; each needs a signed-in caller.</summary>
    public static IEndpointRouteBuilder MapDeputiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/deputies").RequireAuthorization().AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (DomainConflictException conflict)
            {
                return Access.Conflict(conflict.Message);
            }
        });

        api.MapDivisionsApi();
        api.MapCongressesApi();
        api.MapDeputyEndpoints();
        api.MapConstituentsApi();
        api.MapGroupsApi();
        api.MapDutiesApi();
        api.MapPointsApi();
        app.MapDeputiesPublicApi();
        return app;
    }

    private static void MapDeputyEndpoints(this RouteGroupBuilder api)
    {
        var deputies = api.MapGroup("/deputies").WithTags("Deputies");
        deputies.MapGet("/", ListDeputiesAsync);
        deputies.MapGet("/{id:guid}", GetDeputyAsync).WithName("GetDeputy");
        deputies.MapPost("/", RegisterDeputyAsync).RequireAuthorization(Policies.CommitteeStaff);
        deputies.MapPut("/{id:guid}", UpdateDeputyAsync).RequireAuthorization(Policies.CommitteeStaff);
        deputies.MapDelete("/{id:guid}", DeleteDeputyAsync).RequireAuthorization(Policies.CommitteeStaff);
        deputies.MapPost("/{id:guid}/seats", AddSeatAsync).RequireAuthorization(Policies.CommitteeStaff);
        deputies.MapPut("/{id:guid}/seats/{seatId:guid}", ChangeSeatAsync).RequireAuthorization(Policies.CommitteeStaff);
        deputies.MapGet("/{id:guid}/qr", GetQrCodeAsync);
    }

    public sealed record SeatRequest(Guid? CongressId, string? Constituency);

    public sealed record SeatChangeRequest(string? Status, string? Constituency);

    public sealed record DeputyRequest(
        string? Name,
        string? DivisionCode,
        string? Gender,
        string? Ethnicity,
        DateOnly? BirthDate,
        string? Phone,
        string? Occupation,
        string? Constituency,
        Guid? StationId,
        string? StationName,
        IReadOnlyList<SeatRequest?>? Seats)
    {
        public DeputyInput ToInput() => new(Name, DivisionCode, Gender, Ethnicity, BirthDate, Phone, Occupation, Constituency, StationId, StationName);
    }

    public sealed record SeatResponse(
        Guid Id, Guid CongressId, string CongressName, string CongressDivisionCode, string Level, int Term, string? Constituency,
        string Status, DateTimeOffset Since, DateTimeOffset ChangedAt)
    {
        public static SeatResponse From(DeputySeat seat) => new(
            seat.Id, seat.CongressId, seat.CongressName, seat.CongressDivisionCode, seat.Level, seat.Term, seat.Constituency,
            seat.Status, seat.Since, seat.ChangedAt);
    }

    public sealed record GroupRef(Guid Id, string Name, string Kind);

    public sealed record DeputyResponse(
        Guid Id,
        string Name,
        string Gender,
        string Ethnicity,
        DateOnly BirthDate,
        string Phone,
        string? Occupation,
        string DivisionCode,
        string? Constituency,
        Guid? StationId,
        string? StationName,
        string Status,
        IReadOnlyList<SeatResponse> Seats,
        IReadOnlyList<GroupRef>? Groups,
        DateTimeOffset RegisteredAt)
    {
        /// <summary>The phone number is masked for everyone but the deputy themself.</summary>
        public static DeputyResponse From(Deputy deputy, CurrentUser viewer, IReadOnlyList<GroupRef>? groups = null) => new(
            deputy.Id,
            deputy.Name,
            deputy.Gender,
            deputy.Ethnicity,
            deputy.BirthDate,
            viewer.IsDeputy(deputy.Id) ? deputy.Phone : Domain.Phone.Mask(deputy.Phone),
            deputy.Occupation,
            deputy.DivisionCode,
            deputy.Constituency,
            deputy.StationId,
            deputy.StationName,
            deputy.Status,
            [.. deputy.Seats.OrderBy(seat => CongressLevels.Rank(seat.Level)).Select(SeatResponse.From)],
            groups,
            deputy.RegisteredAt);
    }

    private static async Task<IResult> ListDeputiesAsync(
        DeputiesContext db, CurrentUser user, CancellationToken ct,
        int? page, int? pageSize, string? sort, string? name, string? divisionCode, string? gender, string? ethnicity,
        string? level, Guid? congressId, string? status, Guid? groupId, Guid? stationId)
    {
        var errors = new DomainErrors();
        var (pageNumber, size) = Listing.Paging(page, pageSize, errors);
        var (field, descending) = Listing.Sort(sort, "name", DeputySorts, errors);
        if (divisionCode is not null && !DivisionCodes.IsValid(divisionCode))
        {
            errors.Add("divisionCode", DivisionCodes.InvalidMessage);
        }

        if (gender is not null && !Genders.IsValid(gender))
        {
            errors.Add("gender", "性别应为 male 或 female。");
        }

        if (level is not null && !CongressLevels.IsValid(level))
        {
            errors.Add("level", "人大层级应为 national、provincial、city、county 或 township。");
        }

        if (status is not null && !SeatStatuses.IsValid(status))
        {
            errors.Add("status", "任职状态应为 serving、resigned 或 removed。");
        }

        if (errors.Any)
        {
            return Access.Invalid(errors);
        }

        var query = db.Deputies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(name))
        {
            var pattern = $"%{name.Trim()}%";
            query = query.Where(deputy => EF.Functions.ILike(deputy.Name, pattern));
        }

        if (divisionCode is not null)
        {
            var prefix = DivisionCodes.ScopePrefix(divisionCode);
            query = query.Where(deputy => deputy.DivisionCode.StartsWith(prefix));
        }

        if (gender is not null)
        {
            query = query.Where(deputy => deputy.Gender == gender);
        }

        if (!string.IsNullOrWhiteSpace(ethnicity))
        {
            query = query.Where(deputy => deputy.Ethnicity == ethnicity);
        }

        if (level is not null)
        {
            query = query.Where(deputy => deputy.Seats.Any(seat => seat.Level == level && seat.Status == SeatStatuses.Serving));
        }

        if (congressId is not null)
        {
            query = query.Where(deputy => deputy.Seats.Any(seat => seat.CongressId == congressId && seat.Status == SeatStatuses.Serving));
        }

        if (status == SeatStatuses.Serving)
        {
            query = query.Where(deputy => !deputy.Seats.Any() || deputy.Seats.Any(seat => seat.Status == SeatStatuses.Serving));
        }
        else if (status is not null)
        {
            query = query.Where(deputy => deputy.Seats.Any()
                && !deputy.Seats.Any(seat => seat.Status == SeatStatuses.Serving)
                && deputy.Seats.OrderByDescending(seat => seat.ChangedAt).First().Status == status);
        }

        if (groupId is not null)
        {
            var members = db.Groups.Where(group => group.Id == groupId).SelectMany(group => group.Members.Select(member => member.DeputyId));
            query = query.Where(deputy => members.Contains(deputy.Id));
        }

        if (stationId is not null)
        {
            query = query.Where(deputy => deputy.StationId == stationId);
        }

        query = (field, descending) switch
        {
            ("birthDate", false) => query.OrderBy(deputy => deputy.BirthDate).ThenBy(deputy => deputy.Id),
            ("birthDate", true) => query.OrderByDescending(deputy => deputy.BirthDate).ThenBy(deputy => deputy.Id),
            ("registeredAt", false) => query.OrderBy(deputy => deputy.RegisteredAt).ThenBy(deputy => deputy.Id),
            ("registeredAt", true) => query.OrderByDescending(deputy => deputy.RegisteredAt).ThenBy(deputy => deputy.Id),
            ("divisionCode", false) => query.OrderBy(deputy => deputy.DivisionCode).ThenBy(deputy => deputy.Name).ThenBy(deputy => deputy.Id),
            ("divisionCode", true) => query.OrderByDescending(deputy => deputy.DivisionCode).ThenBy(deputy => deputy.Name).ThenBy(deputy => deputy.Id),
            (_, true) => query.OrderByDescending(deputy => deputy.Name).ThenBy(deputy => deputy.Id),
            _ => query.OrderBy(deputy => deputy.Name).ThenBy(deputy => deputy.Id),
        };

        var total = await query.CountAsync(ct);
        var items = await query.PageOf(pageNumber, size).AsSplitQuery().ToListAsync(ct);
        return TypedResults.Ok(new PagedList<DeputyResponse>([.. items.Select(deputy => DeputyResponse.From(deputy, user))], total, pageNumber, size));
    }

    private static async Task<IResult> GetDeputyAsync(Guid id, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var deputy = await db.Deputies.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Access.NotFound();
        }

        await user.AuditStaffReadAsync(db, "deputy", id, deputy.DivisionCode, clock, ct);

        var groups = await db.Groups.AsNoTracking()
            .Where(group => group.Members.Any(member => member.DeputyId == id))
            .OrderBy(group => group.Name)
            .Select(group => new GroupRef(group.Id, group.Name, group.Kind))
            .ToListAsync(ct);
        return TypedResults.Ok(DeputyResponse.From(deputy, user, groups));
    }

    private static async Task<IResult> RegisterDeputyAsync(
        DeputyRequest request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (deputy, errors) = Deputy.Register(request.ToInput(), now);

        // Too many or missing seats are refused before each seat's congress is looked up.
        var congresses = Lists.Check(errors, "seats", request.Seats, Deputy.MaxSeatsAtRegistration, "席位")
            ? await SeatCongressesAsync(request.Seats, db, user, errors, ct)
            : [];
        if (deputy is null || errors.Any)
        {
            return Access.Invalid(errors);
        }

        if (!user.CanAccessDivision(deputy.DivisionCode))
        {
            return Access.Forbidden();
        }

        for (var i = 0; i < congresses.Count; i++)
        {
            var (_, seatErrors) = deputy.AddSeat(congresses[i], request.Seats![i]!.Constituency, now);
            if (seatErrors.Any)
            {
                foreach (var (field, messages) in seatErrors.ByField)
                {
                    errors.Add($"seats[{i}].{field}", messages[0]);
                }
            }
        }

        if (errors.Any)
        {
            return Access.Invalid(errors);
        }

        db.Deputies.Add(deputy);
        db.AddIntegrationEvent(deputy.ToRegisteredEvent());
        foreach (var seat in deputy.Seats)
        {
            db.AddIntegrationEvent(deputy.ToSeatChangedEvent(seat));
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.CreatedAtRoute(DeputyResponse.From(deputy, user, []), "GetDeputy", new { id = deputy.Id });
    }

    /// <summary>Resolves the congresses of requested seats: one the caller may see, or one of a division above the caller's.</summary>
    private static async Task<List<Congress>> SeatCongressesAsync(
        IReadOnlyList<SeatRequest?>? seats, DeputiesContext db, CurrentUser user, DomainErrors errors, CancellationToken ct)
    {
        var result = new List<Congress>();
        for (var i = 0; i < (seats?.Count ?? 0); i++)
        {
            var congress = await FindSeatCongressAsync(seats![i]!.CongressId, db, user, ct);
            if (congress is null)
            {
                errors.Add($"seats[{i}].congressId", "人大届次不存在。");
                continue;
            }

            result.Add(congress);
        }

        return result;
    }

    private static async Task<Congress?> FindSeatCongressAsync(Guid? congressId, DeputiesContext db, CurrentUser user, CancellationToken ct)
    {
        if (congressId is not { } id)
        {
            return null;
        }

        var congress = await db.Congresses.IgnoreQueryFilters().FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        return congress is not null
            && (user.CanAccessDivision(congress.DivisionCode) || DivisionCodes.IsWithin(user.DivisionCode, congress.DivisionCode)
                || congress.Level is CongressLevels.National or CongressLevels.Provincial)
            ? congress
            : null;
    }

    private static async Task<IResult> UpdateDeputyAsync(
        Guid id, DeputyRequest request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Access.NotFound();
        }

        var (oldName, oldDivision) = (deputy.Name, deputy.DivisionCode);
        var errors = deputy.Update(request.ToInput(), clock.GetUtcNow());
        if (request.Seats is not null)
        {
            errors.Add("seats", "席位请通过 /seats 接口增加或变更。");
        }

        if (errors.Any)
        {
            return Access.Invalid(errors);
        }

        if (!user.CanAccessDivision(deputy.DivisionCode))
        {
            return Access.Forbidden();
        }

        if (oldName != deputy.Name || oldDivision != deputy.DivisionCode)
        {
            deputy.Propagate(
                await db.Constituents.Where(constituent => constituent.DeputyId == id).ToListAsync(ct),
                await db.Contacts.Where(contact => contact.DeputyId == id).ToListAsync(ct),
                await db.DutyRecords.Where(record => record.DeputyId == id).ToListAsync(ct));
            foreach (var seat in deputy.Seats)
            {
                db.AddIntegrationEvent(deputy.ToSeatChangedEvent(seat));
            }
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DeputyResponse.From(deputy, user));
    }

    private static async Task<IResult> DeleteDeputyAsync(Guid id, DeputiesContext db, CancellationToken ct)
    {
        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Access.NotFound();
        }

        foreach (var group in await db.Groups.IgnoreQueryFilters().Where(group => group.Members.Any(member => member.DeputyId == id)).ToListAsync(ct))
        {
            group.RemoveMember(id);
        }

        // Replicas elsewhere (Voting's eligible voters) must drop the seats too.
        foreach (var seat in deputy.Seats.Where(seat => seat.Status == SeatStatuses.Serving))
        {
            db.AddIntegrationEvent(deputy.ToSeatChangedEvent(seat) with { Status = SeatStatuses.Removed });
        }

        db.Deputies.Remove(deputy);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> AddSeatAsync(
        Guid id, SeatRequest request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Access.NotFound();
        }

        var congress = await FindSeatCongressAsync(request.CongressId, db, user, ct);
        if (congress is null)
        {
            return Access.Invalid("congressId", "人大届次不存在。");
        }

        var (seat, errors) = deputy.AddSeat(congress, request.Constituency, clock.GetUtcNow());
        if (seat is null)
        {
            return Access.Invalid(errors);
        }

        db.AddIntegrationEvent(deputy.ToSeatChangedEvent(seat));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/deputies/deputies/{id}", SeatResponse.From(seat));
    }

    private static async Task<IResult> ChangeSeatAsync(
        Guid id, Guid seatId, SeatChangeRequest request, DeputiesContext db, TimeProvider clock, CancellationToken ct)
    {
        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Access.NotFound();
        }

        var previous = deputy.Seats.FirstOrDefault(seat => seat.Id == seatId)?.Status;
        var (seat, errors) = deputy.ChangeSeat(seatId, request.Status, request.Constituency, clock.GetUtcNow());
        if (seat is null)
        {
            return Access.NotFound();
        }

        if (errors.Any)
        {
            return Access.Invalid(errors);
        }

        if (previous != seat.Status)
        {
            db.AddIntegrationEvent(deputy.ToSeatChangedEvent(seat));
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(SeatResponse.From(seat));
    }

    /// <summary>A PNG QR code that opens the citizen opinion form addressed to the deputy (码上说).</summary>
    private static async Task<IResult> GetQrCodeAsync(Guid id, DeputiesContext db, IConfiguration configuration, CancellationToken ct)
    {
        if (!await db.Deputies.AnyAsync(deputy => deputy.Id == id, ct))
        {
            return Access.NotFound();
        }

        var png = QrCodes.Png(QrCodes.OpinionUrl(configuration, id));
        return TypedResults.File(png, "image/png", $"deputy-{id}.png");
    }
}

public static class QrCodes
{
    public const string DefaultPortalUrl = "http://localhost:8080";

    public static string OpinionUrl(IConfiguration configuration, Guid deputyId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var portal = configuration["Portal:PublicUrl"];
        var baseUrl = string.IsNullOrWhiteSpace(portal) ? DefaultPortalUrl : portal.TrimEnd('/');
        return $"{baseUrl}/citizen/opinion?deputy={deputyId}";
    }

    public static byte[] Png(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        using var code = new PngByteQRCode(data);
        return code.GetGraphic(10);
    }
}
