using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

public static class HearingsApi
{
    public static IEndpointRouteBuilder MapHearingsApi(this IEndpointRouteBuilder app)
    {
        var hearings = app.MapGroup("/api/stations/hearings").WithTags("Hearings");
        hearings.MapPost("/", PublishAsync).WithSummary("发布问政活动公告").RequireAuthorization(Policies.Staff);
        hearings.MapGet("/", ListAsync).WithSummary("问政活动列表").RequireAuthorization();
        hearings.MapGet("/{id:guid}", GetAsync).WithSummary("查看问政活动").RequireAuthorization().WithName("GetHearing");
        hearings.MapPost("/{id:guid}/leads", AddLeadAsync).WithSummary("征集问政线索").RequireAuthorization();
        hearings.MapPost("/{id:guid}/session", RecordSessionAsync).WithSummary("登记问政现场问答与纪要").RequireAuthorization(Policies.Staff);
        hearings.MapPost("/{id:guid}/letters", IssueLetterAsync).WithSummary("向承办单位发出交办函").RequireAuthorization(Policies.Staff);
        hearings.MapGet("/{id:guid}/letters", ListLettersOfHearingAsync).WithSummary("某次问政的交办函").RequireAuthorization();
        hearings.MapGet("/letters", ListLettersAsync).WithSummary("交办函列表").RequireAuthorization();
        hearings.MapGet("/letters/{letterId:guid}", GetLetterAsync).WithSummary("查看交办函").RequireAuthorization().WithName("GetFollowUpLetter");
        hearings.MapPost("/letters/{letterId:guid}/answer", AnswerLetterAsync).WithSummary("承办单位答复交办函").RequireAuthorization();
        return app;
    }

    public sealed record PublishRequest(string? DivisionCode, string? Title, string? Topic, string? Place, string? Officials, DateTimeOffset? HeldAt);

    public sealed record LeadRequest(string? Content);

    public sealed record SessionRequest(IReadOnlyList<SessionQuestionDraft>? Questions, string? Summary);

    public sealed record LetterRequest(string? UnitCode, string? Subject, string? Body);

    public sealed record AnswerRequest(string? Answer);

    public sealed record LeadResponse(string Content, string SubmittedBy, DateTimeOffset SubmittedAt);

    public sealed record QuestionResponse(string Question, string AskedBy, string Answer, string AnsweredBy);

    public sealed record HearingResponse(
        Guid Id,
        string DivisionCode,
        string Title,
        string Topic,
        string Place,
        string? Officials,
        DateTimeOffset HeldAt,
        HearingStatus Status,
        DateTimeOffset PublishedAt,
        string? Summary,
        IReadOnlyList<LeadResponse> Leads,
        IReadOnlyList<QuestionResponse> Questions)
    {
        public static HearingResponse From(Hearing h) => new(
            h.Id, h.DivisionCode, h.Title, h.Topic, h.Place, h.Officials, h.HeldAt, h.Status, h.PublishedAt, h.Summary,
            [.. h.Leads.Select(l => new LeadResponse(l.Content, l.SubmittedBy, l.SubmittedAt))],
            [.. h.Questions.Select(q => new QuestionResponse(q.Question, q.AskedBy, q.Answer, q.AnsweredBy))]);
    }

    public sealed record LetterResponse(
        Guid Id,
        Guid HearingId,
        string DivisionCode,
        string UnitCode,
        string Subject,
        string Body,
        DateTimeOffset IssuedAt,
        DateTimeOffset DueAt,
        LetterStatus Status,
        bool Overdue,
        string? Answer,
        DateTimeOffset? AnsweredAt,
        string? AnsweredBy)
    {
        public static LetterResponse From(FollowUpLetter l, DateTimeOffset now) => new(
            l.Id, l.HearingId, l.DivisionCode, l.UnitCode, l.Subject, l.Body, l.IssuedAt, l.DueAt, l.Status, l.Overdue(now), l.Answer, l.AnsweredAt, l.AnsweredBy);
    }

    private static async Task<Results<CreatedAtRoute<HearingResponse>, ProblemHttpResult>> PublishAsync(
        PublishRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DivisionCodes.IsValid(request.DivisionCode) && !user.CanAccessDivision(request.DivisionCode!))
        {
            return Problems.OutsideDivision();
        }

        var published = Hearing.Publish(
            request.DivisionCode, request.Title, request.Topic, request.Place, request.Officials, request.HeldAt, user.ToActor(), clock.GetUtcNow());
        if (published.Value is not { } hearing)
        {
            return published.ToProblem()!;
        }

        db.Hearings.Add(hearing);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.CreatedAtRoute(HearingResponse.From(hearing), "GetHearing", new { id = hearing.Id });
    }

    private static async Task<Results<Ok<PagedList<HearingResponse>>, ProblemHttpResult>> ListAsync(
        StationsContext db, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var statusFilter = QueryEnum.Read<HearingStatus>(status, "status", "状态取值无效：published 或 held。", errors);

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Hearings.AsNoTracking();
        if (statusFilter is not null)
        {
            query = query.Where(h => h.Status == statusFilter);
        }

        var listed = await query.OrderByDescending(h => h.HeldAt).ThenBy(h => h.Id).ToPageAsync(pageRequest, cancellationToken);
        return TypedResults.Ok(listed.Select(HearingResponse.From));
    }

    private static async Task<Results<Ok<HearingResponse>, ProblemHttpResult>> GetAsync(Guid id, StationsContext db, CancellationToken cancellationToken) =>
        await db.Hearings.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken) is { } hearing
            ? TypedResults.Ok(HearingResponse.From(hearing))
            : Problems.NotFound();

    /// <summary>Question leads come from deputies and staff (citizens' leads reach them through the opinion channels).</summary>
    private static async Task<Results<Ok<HearingResponse>, ProblemHttpResult>> AddLeadAsync(
        Guid id, LeadRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.IsStaff() && !user.IsInRole(Roles.Deputy))
        {
            return Problems.Forbidden("只有代表和工作人员可以提交问题线索。");
        }

        if (await db.Hearings.FirstOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } hearing)
        {
            return Problems.NotFound();
        }

        if (hearing.AddLead(request.Content, user.ToActor(), clock.GetUtcNow()).ToProblem() is { } failure)
        {
            return failure;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(HearingResponse.From(hearing));
    }

    private static async Task<Results<Ok<HearingResponse>, ProblemHttpResult>> RecordSessionAsync(
        Guid id, SessionRequest request, StationsContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Hearings.FirstOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } hearing)
        {
            return Problems.NotFound();
        }

        if (hearing.RecordSession(request.Questions, request.Summary, clock.GetUtcNow()).ToProblem() is { } failure)
        {
            return failure;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(HearingResponse.From(hearing));
    }

    private static async Task<Results<CreatedAtRoute<LetterResponse>, ProblemHttpResult>> IssueLetterAsync(
        Guid id, LetterRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Hearings.FirstOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } hearing)
        {
            return Problems.NotFound();
        }

        var now = clock.GetUtcNow();
        var issued = hearing.IssueLetter(request.UnitCode, request.Subject, request.Body, user.ToActor(), now);
        if (issued.Value is not { } letter)
        {
            return issued.ToProblem()!;
        }

        db.FollowUpLetters.Add(letter);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.CreatedAtRoute(LetterResponse.From(letter, now), "GetFollowUpLetter", new { letterId = letter.Id });
    }

    private static async Task<Results<Ok<PagedList<LetterResponse>>, ProblemHttpResult>> ListLettersOfHearingAsync(
        Guid id, StationsContext db, CurrentUser user, TimeProvider clock, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        if (!await db.Hearings.AnyAsync(h => h.Id == id, cancellationToken))
        {
            return Problems.NotFound();
        }

        var letters = await LettersFor(db, user).Where(l => l.HearingId == id).OrderBy(l => l.IssuedAt).ThenBy(l => l.Id)
            .ToPageAsync(pageRequest, cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(letters.Select(l => LetterResponse.From(l, now)));
    }

    private static async Task<Results<Ok<PagedList<LetterResponse>>, ProblemHttpResult>> ListLettersAsync(
        StationsContext db, CurrentUser user, TimeProvider clock, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var statusFilter = QueryEnum.Read<LetterStatus>(status, "status", "状态取值无效：issued 或 answered。", errors);

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = LettersFor(db, user);
        if (statusFilter is not null)
        {
            query = query.Where(l => l.Status == statusFilter);
        }

        var letters = await query.OrderBy(l => l.DueAt).ThenBy(l => l.Id).ToPageAsync(pageRequest, cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(letters.Select(l => LetterResponse.From(l, now)));
    }

    private static async Task<Results<Ok<LetterResponse>, ProblemHttpResult>> GetLetterAsync(
        Guid letterId, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        await LettersFor(db, user).FirstOrDefaultAsync(l => l.Id == letterId, cancellationToken) is { } letter
            ? TypedResults.Ok(LetterResponse.From(letter, clock.GetUtcNow()))
            : Problems.NotFound();

    /// <summary>The unit the letter went to answers it (staff may record an answer received on paper).</summary>
    private static async Task<Results<Ok<LetterResponse>, ProblemHttpResult>> AnswerLetterAsync(
        Guid letterId, AnswerRequest request, StationsContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.FollowUpLetters.FirstOrDefaultAsync(l => l.Id == letterId, cancellationToken) is not { } letter)
        {
            return Problems.NotFound();
        }

        if (!user.IsStaff() && !(user.IsInRole(Roles.HandlingUnit) && user.UnitCode == letter.UnitCode))
        {
            return Problems.Forbidden("只有承办单位或工作人员可以答复交办函。");
        }

        var now = clock.GetUtcNow();
        if (letter.RecordAnswer(request.Answer, user.ToActor(), now).ToProblem() is { } failure)
        {
            return failure;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(LetterResponse.From(letter, now));
    }

    /// <summary>Units see the letters sent to them; everyone else the letters of their division scope.</summary>
    private static IQueryable<FollowUpLetter> LettersFor(StationsContext db, CurrentUser user)
    {
        var query = db.FollowUpLetters.AsNoTracking();
        if (!user.IsStaff() && user.IsInRole(Roles.HandlingUnit))
        {
            var unit = user.UnitCode ?? "";
            query = query.Where(l => l.UnitCode == unit);
        }

        return query;
    }
}
