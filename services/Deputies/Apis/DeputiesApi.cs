using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

public static class DeputiesApi
{
    private static readonly string[] DeputySorts = ["name", "birthDate", "registeredAt", "divisionCode"];

    /// <summary>Every endpoint of the service under /api/deputies; each needs a signed-in caller.</summary>
    public static IEndpointRouteBuilder MapDeputiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/deputies").RequireAuthorization();

        api.MapDivisionsApi();
        api.MapCongressesApi();
        api.MapDeputyEndpoints();
        api.MapConstituentsApi();
        api.MapGroupsApi();
        api.MapDutiesApi();
        api.MapPointsApi();
        api.MapWarningsApi();
        api.MapRollImportApi();
        app.MapDeputiesPublicApi();
        return app;
    }

    private static void MapDeputyEndpoints(this RouteGroupBuilder api)
    {
        var deputies = api.MapGroup("/deputies").WithTags("Deputies");
        deputies.MapGet("/", ListDeputiesAsync).WithSummary("代表列表（可按姓名、区划、层级、届次、状态、代表组、联络站筛选）");
        deputies.MapGet("/{id:guid}", GetDeputyAsync).WithName("GetDeputy").WithSummary("代表详情（含席位与所在代表组）");
        deputies.MapPost("/", RegisterDeputyAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("登记代表（可同时给出席位）");
        deputies.MapPut("/{id:guid}", UpdateDeputyAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("修改代表信息");
        deputies.MapDelete("/{id:guid}", DeleteDeputyAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("删除代表");
        deputies.MapPost("/{id:guid}/seats", AddSeatAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("增加席位");
        deputies.MapPut("/{id:guid}/seats/{seatId:guid}", ChangeSeatAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("变更席位状态或选区");
        deputies.MapGet("/{id:guid}/qr", GetQrCodeAsync).WithSummary("代表二维码（码上说，PNG）");
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
            viewer.IsDeputy(deputy.Id) ? deputy.Phone : Phones.Mask(deputy.Phone),
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

    private static async Task<Results<Ok<PagedList<DeputyResponse>>, ProblemHttpResult>> ListDeputiesAsync(
        DeputiesContext db, CurrentUser user, CancellationToken ct,
        int? page, int? pageSize, string? sort, string? name, string? divisionCode, string? gender, string? ethnicity,
        string? level, Guid? congressId, string? status, Guid? groupId, Guid? stationId)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var (field, descending) = Sorting.Read(sort, "name", DeputySorts, errors);
        DivisionCodes.Optional(divisionCode, errors);

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
            return Problems.Invalid(errors);
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

        if (status is not null)
        {
            query = query.Where(Deputy.HasStatus(status));
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

        var found = await query.AsSplitQuery().ToPageAsync(pageRequest, ct);
        return TypedResults.Ok(found.Select(deputy => DeputyResponse.From(deputy, user)));
    }

    private static async Task<Results<Ok<DeputyResponse>, ProblemHttpResult>> GetDeputyAsync(Guid id, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var deputy = await db.Deputies.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Problems.NotFound();
        }

        await user.AuditStaffReadAsync(db, "deputy", id, deputy.DivisionCode, clock, ct);

        var groups = await db.Groups.AsNoTracking()
            .Where(group => group.Members.Any(member => member.DeputyId == id))
            .OrderBy(group => group.Name)
            .Select(group => new GroupRef(group.Id, group.Name, group.Kind))
            .ToListAsync(ct);
        return TypedResults.Ok(DeputyResponse.From(deputy, user, groups));
    }

    private static async Task<Results<CreatedAtRoute<DeputyResponse>, ProblemHttpResult>> RegisterDeputyAsync(
        DeputyRequest request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var registered = Deputy.Register(request.ToInput(), now);
        var errors = registered.Errors ?? new DomainErrors();

        // Too many or missing seats are refused before each seat's congress is looked up.
        var congresses = Lists.WithinLimits(request.Seats, "seats", "席位", Deputy.MaxSeatsAtRegistration, errors)
            ? await SeatCongressesAsync(request.Seats, db, user, errors, ct)
            : [];
        if (registered.Value is not { } deputy || errors.Any)
        {
            return Problems.Invalid(errors);
        }

        if (!user.CanAccessDivision(deputy.DivisionCode))
        {
            return Problems.Forbidden("无权在该行政区划登记代表。");
        }

        for (var i = 0; i < congresses.Count; i++)
        {
            if (deputy.AddSeat(congresses[i], request.Seats![i]!.Constituency, now).Errors is { } seatErrors)
            {
                foreach (var (field, messages) in seatErrors.ByField)
                {
                    errors.Add($"seats[{i}].{field}", messages[0]);
                }
            }
        }

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        db.Deputies.Add(deputy);
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

    private static async Task<Results<Ok<DeputyResponse>, ProblemHttpResult>> UpdateDeputyAsync(
        Guid id, DeputyRequest request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Problems.NotFound();
        }

        var outcome = deputy.Update(request.ToInput(), clock.GetUtcNow());
        if (request.Seats is not null)
        {
            var errors = outcome.Errors ?? new DomainErrors();
            errors.Add("seats", "席位请通过 /seats 接口增加或变更。");
            return Problems.Invalid(errors);
        }

        if (outcome.ToProblem() is { } problem)
        {
            return problem;
        }

        if (!user.CanAccessDivision(deputy.DivisionCode))
        {
            return Problems.Forbidden("无权把代表移到该行政区划。");
        }

        if (deputy.CopiesOutdated)
        {
            deputy.FollowedBy(
                await db.Constituents.Where(constituent => constituent.DeputyId == id).ToListAsync(ct),
                await db.Contacts.Where(contact => contact.DeputyId == id).ToListAsync(ct),
                await db.DutyRecords.Where(record => record.DeputyId == id).ToListAsync(ct));
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DeputyResponse.From(deputy, user));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteDeputyAsync(Guid id, DeputiesContext db, CancellationToken ct)
    {
        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Problems.NotFound();
        }

        deputy.Withdraw(await db.Groups.IgnoreQueryFilters().Where(group => group.Members.Any(member => member.DeputyId == id)).ToListAsync(ct));
        db.Deputies.Remove(deputy);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<SeatResponse>, ProblemHttpResult>> AddSeatAsync(
        Guid id, SeatRequest request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Problems.NotFound();
        }

        var congress = await FindSeatCongressAsync(request.CongressId, db, user, ct);
        if (congress is null)
        {
            return Problems.Invalid("congressId", "人大届次不存在。");
        }

        var added = deputy.AddSeat(congress, request.Constituency, clock.GetUtcNow());
        if (added.Value is not { } seat)
        {
            return added.ToProblem()!;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/deputies/deputies/{id}", SeatResponse.From(seat));
    }

    private static async Task<Results<Ok<SeatResponse>, ProblemHttpResult>> ChangeSeatAsync(
        Guid id, Guid seatId, SeatChangeRequest request, DeputiesContext db, TimeProvider clock, CancellationToken ct)
    {
        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy?.SeatById(seatId) is not { } seat)
        {
            return Problems.NotFound();
        }

        if (deputy.ChangeSeat(seat, request.Status, request.Constituency, clock.GetUtcNow()).ToProblem() is { } problem)
        {
            return problem;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(SeatResponse.From(seat));
    }

    /// <summary>A PNG QR code that opens the citizen opinion form addressed to the deputy (码上说).</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetQrCodeAsync(
        Guid id, DeputiesContext db, IConfiguration configuration, CancellationToken ct)
    {
        if (!await db.Deputies.AnyAsync(deputy => deputy.Id == id, ct))
        {
            return Problems.NotFound();
        }

        var png = QrCodes.Png(QrCodes.OpinionUrl(configuration, id));
        return TypedResults.File(png, "image/png", $"deputy-{id}.png");
    }
}
