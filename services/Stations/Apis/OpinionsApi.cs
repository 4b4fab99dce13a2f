using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

public static class OpinionsApi
{
    public const string PublicOpinionForm = "opinion";
    public const string PublicRatingForm = "rating";

    public static IEndpointRouteBuilder MapOpinionsApi(this IEndpointRouteBuilder app)
    {
        var opinions = app.MapGroup("/api/stations/opinions").WithTags("Opinions");

        // Citizens: no account, no captcha; rate limited per IP and per phone; followed with the tracking code.
        opinions.MapPost("/public", SubmitPublicAsync).WithSummary("公开表单：群众扫码留言或随手拍").AllowAnonymous();
        opinions.MapGet("/track/{code}", TrackAsync).WithSummary("凭查询码跟踪办理进度").AllowAnonymous();
        opinions.MapPost("/track/{code}/rating", RateAsync).WithSummary("群众对答复评价").AllowAnonymous();
        app.MapGroup("/api/stations/public").WithTags("Public").MapPost("/opinions/{code}/rating", RateAsync).WithSummary("群众对答复评价").AllowAnonymous();

        opinions.MapPost("/", RegisterAsync).WithSummary("工作人员登记群众意见").RequireAuthorization(Policies.Staff);
        opinions.MapGet("/", ListAsync).WithSummary("群众意见列表（分页）").RequireAuthorization();
        opinions.MapGet("/{id:guid}", GetAsync).WithSummary("查看一条群众意见（个人信息脱敏）").RequireAuthorization().WithName("GetOpinion");
        opinions.MapGet("/{id:guid}/personal", ReadPersonalDataAsync).WithSummary("读取未脱敏的个人信息（留痕）").RequireAuthorization(Policies.Staff);
        opinions.MapGet("/{id:guid}/audit", ListAuditAsync).WithSummary("意见的访问留痕").RequireAuthorization(Policies.Staff);
        opinions.MapGet("/{id:guid}/images/{imageId:guid}", GetImageAsync).WithSummary("下载意见附带的图片").RequireAuthorization();
        opinions.MapPost("/{id:guid}/sort", SortAsync).WithSummary("汇总梳理：分类并确定办理层级").RequireAuthorization(Policies.Staff);
        opinions.MapPost("/{id:guid}/settle", SettleAsync).WithSummary("就地办理").RequireAuthorization(Policies.Staff);
        opinions.MapPost("/{id:guid}/send-to-unit", SendToUnitAsync).WithSummary("转交承办单位").RequireAuthorization(Policies.Staff);
        opinions.MapPost("/{id:guid}/raise-as-suggestion", RaiseAsSuggestionAsync).WithSummary("代表将意见转为建议").RequireAuthorization();
        opinions.MapPost("/{id:guid}/feedback", RecordFeedbackAsync).WithSummary("登记答复反馈").RequireAuthorization();

        // Other services only, with a service token; the gateway routes /api/** alone, so no client reaches it.
        app.MapGroup("/internal/stations/opinions").WithTags("Internal")
            .MapGet("/{id:guid}/citizen-phone", ReadCitizenPhoneAsync).WithSummary("内部：短信发送时读取群众手机号（留痕）").RequireAuthorization(Policies.Service);
        return app;
    }

    public sealed record ImageRequest(string? ContentType, byte[]? Data);

    /// <summary>No division: the platform derives it from the deputy or the station addressed.</summary>
    public sealed record PublicOpinionRequest(
        Guid? DeputyId,
        Guid? StationId,
        string? Content,
        string? Name,
        string? Phone,
        OpinionChannel? Channel,
        IReadOnlyList<ImageRequest>? Images,
        string? Category = null);

    public sealed record OpinionRequest(
        OpinionChannel? Channel,
        string? DivisionCode,
        Guid? StationId,
        Guid? DeputyId,
        string? Content,
        string? Name,
        string? Phone,
        string? IdNumber,
        IReadOnlyList<ImageRequest>? Images,
        string? Category = null);

    public sealed record SortRequest(string? Category, HandlingLevel? Level);

    public sealed record SettleRequest(string? Note);

    public sealed record SendToUnitRequest(string? UnitCode, DateTimeOffset? DueAt);

    public sealed record RaiseRequest(string? Title);

    public sealed record FeedbackRequest(string? Answer);

    public sealed record RatingRequest(int? Score, string? Comment);

    public sealed record SubmittedResponse(string TrackingCode);

    public sealed record StepResponse(int Sequence, OpinionStatus Status, string StatusText, string ActorName, string ActorRole, DateTimeOffset At, string? Note);

    /// <summary>An opinion as staff, deputies and units see it: personal data masked, every step with who and when.</summary>
    public sealed record OpinionResponse(
        Guid Id,
        string TrackingCode,
        string DivisionCode,
        OpinionChannel Channel,
        Guid? StationId,
        Guid? DeputyId,
        string? DeputyName,
        string Content,
        bool Anonymous,
        string? CitizenName,
        string? CitizenPhone,
        string? CitizenIdNumber,
        int ImageCount,
        OpinionStatus Status,
        string StatusText,
        DateTimeOffset RegisteredAt,
        string? Category,
        HandlingLevel? Level,
        string? LocalNote,
        string? UnitCode,
        DateTimeOffset? DueAt,
        Guid? SuggestionDeputyId,
        string? SuggestionTitle,
        Guid? SuggestionId,
        string? Answer,
        DateTimeOffset? AnsweredAt,
        int? Rating,
        string? RatingComment,
        DateTimeOffset? RatedAt,
        DateTimeOffset? ReopenedAt,
        IReadOnlyList<StepResponse> Steps)
    {
        public static OpinionResponse From(Opinion o) => new(
            o.Id, o.TrackingCode, o.DivisionCode, o.Channel, o.StationId, o.DeputyId, o.DeputyName, o.Content, o.Anonymous,
            PersonalData.MaskName(o.CitizenName), o.CitizenPhone is { } phone ? Phones.Mask(phone) : null, PersonalData.MaskIdNumber(o.CitizenIdNumber),
            o.ImageCount, o.Status, Opinion.StatusText(o.Status), o.RegisteredAt, o.Category, o.Level, o.LocalNote, o.UnitCode, o.DueAt,
            o.SuggestionDeputyId, o.SuggestionTitle, o.SuggestionId, o.Answer, o.AnsweredAt, o.Rating, o.RatingComment, o.RatedAt, o.ReopenedAt,
            [.. o.Steps.OrderBy(s => s.Sequence).Select(s => new StepResponse(s.Sequence, s.Status, Opinion.StatusText(s.Status), s.ActorName, s.ActorRole, s.At, s.Note))]);
    }

    public sealed record PersonalDataResponse(Guid Id, string TrackingCode, string? CitizenName, string? CitizenPhone, string? CitizenIdNumber);

    public sealed record TrackStepResponse(OpinionStatus Status, string StatusText, DateTimeOffset At);

    /// <summary>What anyone holding the tracking code sees: progress and the answer, nothing personal, no handler identities.</summary>
    public sealed record TrackResponse(
        string TrackingCode,
        OpinionStatus Status,
        string StatusText,
        OpinionChannel Channel,
        string? Category,
        HandlingLevel? Level,
        DateTimeOffset RegisteredAt,
        IReadOnlyList<TrackStepResponse> Steps,
        string? Answer,
        DateTimeOffset? AnsweredAt,
        int? Rating,
        DateTimeOffset? RatedAt)
    {
        public static TrackResponse From(Opinion o) => new(
            o.TrackingCode, o.Status, Opinion.StatusText(o.Status), o.Channel, o.Category, o.Level, o.RegisteredAt,
            [.. o.Steps.OrderBy(s => s.Sequence).Select(s => new TrackStepResponse(s.Status, Opinion.StatusText(s.Status), s.At))],
            o.Answer, o.AnsweredAt, o.Rating, o.RatedAt);
    }

    public sealed record AuditResponse(Guid Id, Guid? ActorId, string ActorName, string ActorRole, string Action, string RecordType, Guid RecordId, DateTimeOffset At);

    private static async Task<Results<Created<SubmittedResponse>, ProblemHttpResult>> SubmitPublicAsync(
        PublicOpinionRequest request, HttpContext http, StationsContext db, PublicRateLimiter limiter,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        // The forwarded-headers middleware has already put the gateway's X-Forwarded-For here.
        var clientIp = http.Connection.RemoteIpAddress?.ToString();
        var phoneKey = string.IsNullOrWhiteSpace(request.Phone) ? null : new string([.. request.Phone.Where(char.IsAsciiDigit)]);
        if ((await limiter.TryAcquireAsync(PublicOpinionForm, clientIp, phoneKey)).Refusal(http, clock) is { } refusal)
        {
            return refusal;
        }

        var channel = request.Channel ?? OpinionChannel.QrMessage;
        if (channel is not (OpinionChannel.QrMessage or OpinionChannel.PhotoReport))
        {
            return Problems.Invalid("channel", "公开表单只接受扫码留言（qr-message）或随手拍（photo-report）。");
        }

        var (divisionCode, deputyName, unknownAddressee) = await AddresseeAsync(request, db, cancellationToken);
        if (unknownAddressee is not null)
        {
            return unknownAddressee;
        }

        var registered = Opinion.Register(
            new OpinionRegistration(channel, divisionCode, request.StationId, request.DeputyId, deputyName, request.Content,
                request.Category, request.Name, request.Phone, null, ToUploads(request.Images)),
            Actor.Citizen, clock.GetUtcNow());
        if (registered.Value is not var (opinion, images))
        {
            return registered.ToProblem()!;
        }

        db.Opinions.Add(opinion);
        db.OpinionImages.AddRange(images);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/stations/opinions/track/{opinion.TrackingCode}", new SubmittedResponse(opinion.TrackingCode));
    }

    /// <summary>
    /// The division an opinion from the public form belongs to: the addressed station's, else the addressed deputy's.
    /// Both must exist, and a deputy must be serving (as the replica of Deputies' data has it).
    /// </summary>
    private static async Task<(string? DivisionCode, string? DeputyName, ProblemHttpResult? Refusal)> AddresseeAsync(
        PublicOpinionRequest request, StationsContext db, CancellationToken cancellationToken)
    {
        if (request.DeputyId is null && request.StationId is null)
        {
            return (null, null, Problems.Invalid("deputyId", "请指定反映对象：代表或联络站。"));
        }

        string? stationDivision = null;
        if (request.StationId is { } stationId)
        {
            // The public form is outside any division scope: the station is found wherever it is.
            stationDivision = await db.Stations.IgnoreQueryFilters().AsNoTracking()
                .Where(s => s.Id == stationId).Select(s => s.DivisionCode).FirstOrDefaultAsync(cancellationToken);
            if (stationDivision is null)
            {
                return (null, null, Problems.Invalid("stationId", "联络站不存在。"));
            }
        }

        if (request.DeputyId is not { } deputyId)
        {
            return (stationDivision, null, null);
        }

        return await ServingDeputyAsync(db, deputyId, cancellationToken) is { } deputy
            ? (stationDivision ?? deputy.DivisionCode, deputy.Name, null)
            : (null, null, Problems.Invalid("deputyId", UnknownDeputy));
    }

    private const string UnknownDeputy = "代表不存在或已不再履职。";

    private static async Task<KnownDeputy?> ServingDeputyAsync(StationsContext db, Guid deputyId, CancellationToken cancellationToken) =>
        await db.Deputies.AsNoTracking().FirstOrDefaultAsync(deputy => deputy.Id == deputyId, cancellationToken) is { IsServing: true } deputy
            ? deputy
            : null;

    private static async Task<Results<Ok<TrackResponse>, ProblemHttpResult>> TrackAsync(string code, StationsContext db, CancellationToken cancellationToken) =>
        await FindByCodeAsync(db, code, cancellationToken) is { } opinion
            ? TypedResults.Ok(TrackResponse.From(opinion))
            : Problems.NotFound();

    private static async Task<Results<Ok<TrackResponse>, ProblemHttpResult>> RateAsync(
        string code, RatingRequest request, HttpContext http, StationsContext db, PublicRateLimiter limiter, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if ((await limiter.TryAcquireAsync(PublicRatingForm, http.Connection.RemoteIpAddress?.ToString(), null)).Refusal(http, clock) is { } refusal)
        {
            return refusal;
        }

        if (await FindByCodeAsync(db, code, cancellationToken) is not { } opinion)
        {
            return Problems.NotFound();
        }

        if (opinion.Rate(request.Score, request.Comment, clock.GetUtcNow()).ToProblem() is { } failure)
        {
            return failure;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TrackResponse.From(opinion));
    }

    private static async Task<Results<CreatedAtRoute<OpinionResponse>, ProblemHttpResult>> RegisterAsync(
        OpinionRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DivisionCodes.IsValid(request.DivisionCode) && !user.CanAccessDivision(request.DivisionCode!))
        {
            return Problems.OutsideDivision();
        }

        if (request.StationId is { } stationId && !await db.Stations.AnyAsync(s => s.Id == stationId, cancellationToken))
        {
            return Problems.Invalid("stationId", "联络站不存在。");
        }

        // The deputy addressed is one Deputies knows and who serves; the name is theirs, not typed in.
        string? deputyName = null;
        if (request.DeputyId is { } deputyId && deputyId != Guid.Empty)
        {
            if (await ServingDeputyAsync(db, deputyId, cancellationToken) is not { } deputy)
            {
                return Problems.Invalid("deputyId", UnknownDeputy);
            }

            deputyName = deputy.Name;
        }

        var registered = Opinion.Register(
            new OpinionRegistration(request.Channel, request.DivisionCode, request.StationId, request.DeputyId, deputyName,
                request.Content, request.Category, request.Name, request.Phone, request.IdNumber, ToUploads(request.Images)),
            user.ToActor(), clock.GetUtcNow());
        if (registered.Value is not var (opinion, images))
        {
            return registered.ToProblem()!;
        }

        db.Opinions.Add(opinion);
        db.OpinionImages.AddRange(images);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.CreatedAtRoute(OpinionResponse.From(opinion), "GetOpinion", new { id = opinion.Id });
    }

    private static async Task<Results<Ok<PagedList<OpinionResponse>>, ProblemHttpResult>> ListAsync(
        StationsContext db,
        CurrentUser user,
        string? status,
        string? channel,
        string? category,
        Guid? deputyId,
        Guid? stationId,
        string? divisionCode,
        bool? open,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var statusFilter = QueryEnum.Read<OpinionStatus>(status, "status", "状态取值无效。", errors);
        var channelFilter = QueryEnum.Read<OpinionChannel>(channel, "channel", "渠道取值无效。", errors);

        if (!string.IsNullOrEmpty(divisionCode))
        {
            DivisionCodes.Require(divisionCode, errors);
        }

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        if (Visible(db, user) is not { } query)
        {
            return Problems.Forbidden("无权查看群众意见。");
        }

        if (!string.IsNullOrEmpty(divisionCode))
        {
            var prefix = DivisionCodes.ScopePrefix(divisionCode);
            query = query.Where(o => o.DivisionCode.StartsWith(prefix));
        }

        if (statusFilter is not null)
        {
            query = query.Where(o => o.Status == statusFilter);
        }

        if (open == true)
        {
            query = query.Where(o => o.Status != OpinionStatus.Answered && o.Status != OpinionStatus.Rated);
        }

        if (channelFilter is not null)
        {
            query = query.Where(o => o.Channel == channelFilter);
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            query = query.Where(o => o.Category == category);
        }

        if (deputyId is not null)
        {
            query = query.Where(o => o.DeputyId == deputyId || o.SuggestionDeputyId == deputyId);
        }

        if (stationId is not null)
        {
            query = query.Where(o => o.StationId == stationId);
        }

        var listed = await query.OrderByDescending(o => o.RegisteredAt).ThenBy(o => o.Id).ToPageAsync(pageRequest, cancellationToken);
        return TypedResults.Ok(listed.Select(OpinionResponse.From));
    }

    private static async Task<Results<Ok<OpinionResponse>, ProblemHttpResult>> GetAsync(Guid id, StationsContext db, CurrentUser user, CancellationToken cancellationToken) =>
        Visible(db, user) is { } query && await query.FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } opinion
            ? TypedResults.Ok(OpinionResponse.From(opinion))
            : Problems.NotFound();

    /// <summary>The unmasked personal data, for staff who must call the citizen back; every read leaves an audit row.</summary>
    private static async Task<Results<Ok<PersonalDataResponse>, ProblemHttpResult>> ReadPersonalDataAsync(
        Guid id, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Opinions.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } opinion)
        {
            return Problems.NotFound();
        }

        db.AuditEntries.Add(new AuditEntry(user.ToActor(), "read-personal-data", "opinion", opinion.Id, opinion.DivisionCode, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PersonalDataResponse(opinion.Id, opinion.TrackingCode, opinion.CitizenName, opinion.CitizenPhone, opinion.CitizenIdNumber));
    }

    public sealed record CitizenPhoneResponse(string Phone);

    /// <summary>The number the SMS channel sends an answer to, at the moment of sending; audited like a read by staff.</summary>
    private static async Task<Results<Ok<CitizenPhoneResponse>, ProblemHttpResult>> ReadCitizenPhoneAsync(
        Guid id, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var opinion = await db.Opinions.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new { o.Id, o.DivisionCode, o.CitizenPhone })
            .FirstOrDefaultAsync(cancellationToken);
        if (opinion?.CitizenPhone is not { } phone)
        {
            return Problems.NotFound();
        }

        db.AuditEntries.Add(new AuditEntry(new Actor(null, user.Name, Roles.Service), "read-citizen-phone", "opinion", opinion.Id, opinion.DivisionCode, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new CitizenPhoneResponse(phone));
    }

    private static async Task<Results<Ok<List<AuditResponse>>, ProblemHttpResult>> ListAuditAsync(Guid id, StationsContext db, CancellationToken cancellationToken)
    {
        if (!await db.Opinions.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return Problems.NotFound();
        }

        var entries = await db.AuditEntries.AsNoTracking()
            .Where(entry => entry.RecordType == "opinion" && entry.RecordId == id)
            .OrderBy(entry => entry.At)
            .Select(entry => new AuditResponse(entry.Id, entry.ActorId, entry.ActorName, entry.ActorRole, entry.Action, entry.RecordType, entry.RecordId, entry.At))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetImageAsync(Guid id, Guid imageId, StationsContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (Visible(db, user) is not { } query || !await query.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return Problems.NotFound();
        }

        return await db.OpinionImages.AsNoTracking().FirstOrDefaultAsync(image => image.Id == imageId && image.OpinionId == id, cancellationToken) is { } image
            ? TypedResults.File(image.Data, image.ContentType)
            : Problems.NotFound();
    }

    private static Task<Results<Ok<OpinionResponse>, ProblemHttpResult>> SortAsync(Guid id, SortRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, cancellationToken, opinion => opinion.Sort(request.Category, request.Level, user.ToActor(), clock.GetUtcNow()));

    private static Task<Results<Ok<OpinionResponse>, ProblemHttpResult>> SettleAsync(Guid id, SettleRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, cancellationToken, opinion => opinion.SettleLocally(request.Note, user.ToActor(), clock.GetUtcNow()));

    private static Task<Results<Ok<OpinionResponse>, ProblemHttpResult>> SendToUnitAsync(Guid id, SendToUnitRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, cancellationToken, opinion => opinion.SendToUnit(request.UnitCode, request.DueAt, user.ToActor(), clock.GetUtcNow()));

    /// <summary>
    /// The addressed deputy takes the opinion up; staff pass it on to the deputy it is addressed to. A deputy cannot
    /// reach an opinion it may not read (404), nor raise one addressed to another deputy.
    /// </summary>
    private static async Task<Results<Ok<OpinionResponse>, ProblemHttpResult>> RaiseAsSuggestionAsync(
        Guid id, RaiseRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.IsStaff() && !(user.IsInRole(Roles.Deputy) && user.DeputyId is not null))
        {
            return Problems.Forbidden("只有代表本人或工作人员可以将意见转为代表建议。");
        }

        var candidates = user.IsStaff() ? db.Opinions : db.Opinions.Where(VisibleToDeputy(user.DeputyId!.Value));
        if (await candidates.FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } opinion)
        {
            return Problems.NotFound();
        }

        var deputyId = user.IsStaff() ? opinion.DeputyId : user.DeputyId;
        if (deputyId is null)
        {
            return Problems.Invalid("deputyId", "该意见未指定代表，须由代表本人提出建议。");
        }

        // The lead deputy's name: the deputy's own account name, or the name the opinion was addressed to.
        var deputyName = user.IsStaff() ? opinion.DeputyName : user.Name;
        if (opinion.RaiseAsSuggestion(deputyId.Value, deputyName, request.Title, user.ToActor(), clock.GetUtcNow()).ToProblem() is { } failure)
        {
            return failure;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OpinionResponse.From(opinion));
    }

    /// <summary>
    /// Staff record the answer; so may the unit an opinion was sent to. An opinion raised as a suggestion takes the
    /// suggestion's answer from Suggestions' events instead.
    /// </summary>
    private static Task<Results<Ok<OpinionResponse>, ProblemHttpResult>> RecordFeedbackAsync(Guid id, FeedbackRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, cancellationToken, opinion => opinion.RecordFeedback(request.Answer, user.ToActor(), clock.GetUtcNow()), opinion =>
            user.IsStaff()
            || (user.IsInRole(Roles.HandlingUnit) && opinion.IsAssignedTo(user.UnitCode)));

    private static async Task<Results<Ok<OpinionResponse>, ProblemHttpResult>> ChangeAsync(
        StationsContext db, Guid id, CancellationToken cancellationToken, Func<Opinion, Outcome> change, Func<Opinion, bool>? mayChange = null)
    {
        if (await db.Opinions.FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } opinion)
        {
            return Problems.NotFound();
        }

        if (mayChange is not null && !mayChange(opinion))
        {
            return Problems.Forbidden("无权对该意见登记反馈。");
        }

        if (change(opinion).ToProblem() is { } failure)
        {
            return failure;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OpinionResponse.From(opinion));
    }

    /// <summary>
    /// The opinions the caller may read, within the division scope: staff all, deputies those addressed to them or
    /// raised by them, units those sent to them; null for anyone else.
    /// </summary>
    private static IQueryable<Opinion>? Visible(StationsContext db, CurrentUser user)
    {
        var query = db.Opinions.AsNoTracking();
        if (user.IsStaff())
        {
            return query;
        }

        if (user.IsInRole(Roles.Deputy) && user.DeputyId is { } deputyId)
        {
            return query.Where(VisibleToDeputy(deputyId));
        }

        if (user.IsInRole(Roles.HandlingUnit) && user.UnitCode is { } unitCode)
        {
            return query.Where(o => o.UnitCode == unitCode);
        }

        return null;
    }

    /// <summary>A deputy sees the opinions addressed to them or raised by them, and the sorted ones addressed to no one.</summary>
    private static Expression<Func<Opinion, bool>> VisibleToDeputy(Guid deputyId) =>
        o => o.DeputyId == deputyId || o.SuggestionDeputyId == deputyId || (o.DeputyId == null && o.Status == OpinionStatus.Sorted);

    private static async Task<Opinion?> FindByCodeAsync(StationsContext db, string code, CancellationToken cancellationToken) =>
        TrackingCode.Normalize(code) is { } normalized
            ? await db.Opinions.IgnoreQueryFilters().FirstOrDefaultAsync(o => o.TrackingCode == normalized, cancellationToken)
            : null;

    private static List<ImageUpload>? ToUploads(IReadOnlyList<ImageRequest>? images) =>
        images?.Select(image => new ImageUpload(image?.ContentType, image?.Data)).ToList();
}
