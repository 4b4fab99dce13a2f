using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Domain;
using RenminDaibiao.Suggestions.Infrastructure;

namespace RenminDaibiao.Suggestions.Apis;

public static class SuggestionsApi
{
    public static IEndpointRouteBuilder MapSuggestionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/suggestions").RequireAuthorization(SuggestionsServiceExtensions.ParticipantPolicy);
        var suggestions = api.MapGroup("/suggestions").WithTags("Suggestions");
        suggestions.MapGet("/", ListAsync).WithSummary("列出可见的建议和议案（分页；awaitingMyCosign=true 时只列待本人联名确认的）");
        suggestions.MapPost("/", CreateAsync).WithSummary("起草建议或议案");
        suggestions.MapGet("/{id:guid}", GetAsync).WithName("GetSuggestion").WithSummary("查看一件建议");
        suggestions.MapPut("/{id:guid}", UpdateAsync).WithSummary("修改草稿或退回的建议");
        suggestions.MapDelete("/{id:guid}", DeleteAsync).WithSummary("删除草稿");
        suggestions.MapPost("/{id:guid}/submit", SubmitAsync).WithSummary("提交建议");
        suggestions.MapPost("/{id:guid}/cosign", (Guid id, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.Cosign(actor, now))))
            .WithSummary("联名代表确认联名");
        suggestions.MapPost("/{id:guid}/review", ReviewAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("审核：立案、并案或退回");
        suggestions.MapPost("/{id:guid}/assign", AssignAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("交办主办和协办单位");
        suggestions.MapPost("/{id:guid}/opinion", (Guid id, OpinionRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.GiveOpinion(actor, request.Opinion, now))))
            .WithSummary("协办单位提交协办意见");
        suggestions.MapPost("/{id:guid}/contact", (Guid id, NoteRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.Contact(actor, request.Note, now))))
            .WithSummary("主办单位登记与代表的沟通");
        suggestions.MapPost("/{id:guid}/answer", (Guid id, AnswerRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.Answer(actor, request.Category, request.Content, request.Reason, now))))
            .WithSummary("主办单位答复");
        suggestions.MapPost("/{id:guid}/rate", (Guid id, RateRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.Rate(actor, request.Rating, request.Comment, now))))
            .WithSummary("领衔代表评价答复");
        suggestions.MapPost("/{id:guid}/progress", (Guid id, ProgressRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.ReportProgress(actor, request.Note, request.Done ?? false, now))))
            .WithSummary("主办单位报告办理进展");
        suggestions.MapPost("/{id:guid}/supervise", (Guid id, NoteRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.Press(SuggestionOperation.Supervise, actor, request.Note, now))))
            .WithSummary("督办：常委会工作机构或督办领导向主办单位提出督办意见");
        suggestions.MapPost("/{id:guid}/urge", (Guid id, NoteRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.Press(SuggestionOperation.Urge, actor, request.Note, now))))
            .WithSummary("催办：提醒主办单位抓紧答复");
        suggestions.MapPost("/{id:guid}/leader-supervision", (Guid id, LeaderSupervisionRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.RecordLeaderSupervision(actor, request.Kind, request.Note, now))))
            .WithSummary("督办领导登记领办情况（走访、座谈、批示）");
        suggestions.MapPost("/{id:guid}/rehandle", (Guid id, RehandleRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.Rehandle(actor, request.Days, request.Reason, now))))
            .WithSummary("提请督办后：责成主办单位再次办理并限期答复");
        suggestions.MapPost("/{id:guid}/joint-meeting", (Guid id, JointMeetingRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.HoldJointMeeting(actor, request.Outcome, now))))
            .WithSummary("提请督办后：登记联合督办会议及其结果");
        suggestions.MapPost("/{id:guid}/conclude", (Guid id, ConclusionRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct) =>
            TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.Conclude(actor, request.Conclusion, now))))
            .WithSummary("提请督办后：作出书面督办结论并办结");
        AttachmentsApi.Map(suggestions);
        return app;
    }

    private static async Task<Results<Ok<PagedList<SuggestionSummary>>, ProblemHttpResult>> ListAsync(
        [AsParameters] HandlingDependencies d,
        string? kind,
        string? state,
        string? category,
        string? unit,
        bool? overdue,
        bool? awaitingMyCosign,
        int? year,
        int? term,
        Guid? opinionId,
        int? page,
        int? pageSize,
        CancellationToken ct)
    {
        var errors = new DomainErrors();
        SuggestionKind? kindFilter = null;
        SuggestionState? stateFilter = null;
        if (kind is not null)
        {
            if (Wire.TryParseKind(kind, out var k))
            {
                kindFilter = k;
            }
            else
            {
                errors.Add("kind", "类型应为 suggestion（建议）或 motion（议案）。");
            }
        }

        if (state is not null)
        {
            if (Wire.TryParseState(state, out var st))
            {
                stateFilter = st;
            }
            else
            {
                errors.Add("state", "状态取值无效。");
            }
        }

        if (year is < 2000 or > 2100)
        {
            errors.Add("year", "年份无效。");
        }

        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var now = d.Clock.GetUtcNow();
        var query = d.Db.Suggestions.AsNoTracking().VisibleTo(d.User);
        if (kindFilter is { } kf)
        {
            query = query.Where(s => s.Kind == kf);
        }

        if (stateFilter is { } sf)
        {
            query = query.Where(s => s.State == sf);
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            query = query.Where(s => s.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(unit))
        {
            query = query.Where(s => s.LeadUnitCode == unit || s.CoUnits.Any(c => c.UnitCode == unit));
        }

        if (overdue is { } o)
        {
            var rule = Suggestion.Overdue(now);
            query = query.Where(o ? rule : RuleExpressions.Not(rule));
        }

        if (awaitingMyCosign == true)
        {
            query = d.User.DeputyId is { } me ? query.Where(Suggestion.AwaitingCosignBy(me)) : query.Where(s => false);
        }

        if (year is { } y)
        {
            var (from, to) = ChinaTime.YearInUtc(y);
            query = query.Where(s => s.CreatedAt >= from && s.CreatedAt < to);
        }

        if (opinionId is { } source)
        {
            query = query.Where(s => s.SourceOpinionId == source);
        }

        if (term is { } t)
        {
            query = query.Where(s => s.Term == t);
        }

        return TypedResults.Ok(await query.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(SuggestionSummary.Projection(now)).ToPageAsync(request, ct));
    }

    private static async Task<Results<CreatedAtRoute<SuggestionDetail>, ProblemHttpResult>> CreateAsync(CreateSuggestionRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct)
    {
        var user = d.User;
        var lead = Suggestion.LeadFor(user.ToActor(), request.LeadDeputyId, request.LeadDeputyName);
        if (lead.Value is not { } leadDeputy)
        {
            return lead.ToProblem()!;
        }

        SuggestionKind kind = SuggestionKind.Suggestion;
        if (request.Kind is not null && !Wire.TryParseKind(request.Kind, out kind))
        {
            return Problems.Invalid("kind", "类型应为 suggestion（建议）或 motion（议案）。");
        }

        var divisionCode = request.DivisionCode ?? user.DivisionCode;
        if (DivisionCodes.IsValid(divisionCode) && !user.CanAccessDivision(divisionCode))
        {
            return Problems.Forbidden("无权在该行政区划提出建议。");
        }

        Congress? congress = null;
        if (request.CongressId is { } congressId)
        {
            congress = await d.Db.Congresses.FirstOrDefaultAsync(c => c.Id == congressId, ct);
            if (congress is null)
            {
                return Problems.Invalid("congressId", "未找到该届人民代表大会。");
            }
        }
        else if (DivisionCodes.IsValid(divisionCode))
        {
            congress = await d.Db.Congresses.Where(c => c.DivisionCode == divisionCode).OrderByDescending(c => c.Term).FirstOrDefaultAsync(ct);
        }

        var now = d.Clock.GetUtcNow();
        var drafted = Suggestion.Draft(
            kind, congress?.Rules ?? HandlingRules.Default, request.Title, request.Body, request.Category, divisionCode, leadDeputy.Id, leadDeputy.Name,
            request.CoSignerIds, congress?.Id, congress?.Term, user.ToActor(), now);
        if (drafted.Value is not { } suggestion)
        {
            return drafted.ToProblem()!;
        }

        d.Db.Suggestions.Add(suggestion);
        await d.Db.SaveChangesAsync(ct);
        return TypedResults.CreatedAtRoute(SuggestionDetail.From(suggestion, now, []), "GetSuggestion", new { id = suggestion.Id });
    }

    private static async Task<Results<Ok<SuggestionDetail>, ProblemHttpResult>> GetAsync(Guid id, [AsParameters] HandlingDependencies d, CancellationToken ct)
    {
        var suggestion = await d.Db.Suggestions.AsNoTracking().FindVisibleAsync(id, d.User, ct);
        return suggestion is null ? Problems.NotFound() : TypedResults.Ok(await DetailAsync(d, suggestion, ct));
    }

    private static async Task<Results<Ok<SuggestionDetail>, ProblemHttpResult>> UpdateAsync(Guid id, UpdateSuggestionRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct)
    {
        var suggestion = await d.Db.Suggestions.FindVisibleAsync(id, d.User, ct);
        if (suggestion is null)
        {
            return Problems.NotFound();
        }

        var result = suggestion.Edit(request.Title, request.Body, request.Category, request.CoSignerIds, d.User.ToActor());
        if (result.ToProblem() is { } refusal)
        {
            return refusal;
        }

        return await SaveAsync(d, suggestion, ct);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, [AsParameters] HandlingDependencies d, CancellationToken ct)
    {
        var suggestion = await d.Db.Suggestions.FindVisibleAsync(id, d.User, ct);
        if (suggestion is null)
        {
            return Problems.NotFound();
        }

        var result = suggestion.CanDelete(d.User.ToActor());
        if (result.ToProblem() is { } refusal)
        {
            return refusal;
        }

        d.Db.Suggestions.Remove(suggestion);
        await d.Db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<SuggestionDetail>, ProblemHttpResult>> ReviewAsync(Guid id, ReviewRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct)
    {
        switch (request.Decision)
        {
            case "accept":
                return await TransitionAsync(id, d, ct, (s, actor, now) =>
                    Task.FromResult(s.Accept(actor, request.Category, request.IsKey ?? false, request.SupervisingLeaderId, now)));
            case "return":
                return await TransitionAsync(id, d, ct, (s, actor, now) => Task.FromResult(s.Return(actor, request.Reason, now)));
            case "merge":
                return await TransitionAsync(id, d, ct, async (s, actor, now) =>
                {
                    var target = request.TargetId is { } targetId && targetId != s.Id
                        ? await d.Db.Suggestions.FirstOrDefaultAsync(t => t.Id == targetId, ct)
                        : null;
                    return s.MergeInto(actor, target, request.Reason, now);
                });
            default:
                return Problems.Invalid("decision", "审核结论应为 accept（立案）、merge（并案）或 return（退回）。");
        }
    }

    private static async Task<Results<Ok<SuggestionDetail>, ProblemHttpResult>> AssignAsync(Guid id, AssignRequest request, [AsParameters] HandlingDependencies d, CancellationToken ct)
    {
        return await TransitionAsync(id, d, ct, async (s, actor, now) =>
        {
            // The registry is checked only when the state allows assigning, so an illegal assignment stays a 409.
            if (!Suggestion.IsLegal(s.State, SuggestionOperation.Assign))
            {
                return s.Assign(actor, request.LeadUnitCode, request.CoUnitCodes, HandlingRules.Default, now);
            }

            // Malformed, over-long or too many codes are refused before the registry is queried with them.
            var check = Suggestion.CheckUnitCodes(request.LeadUnitCode, request.CoUnitCodes);
            if (!check.Succeeded)
            {
                return check;
            }

            var lead = request.LeadUnitCode!.Trim();
            var coUnits = (request.CoUnitCodes ?? []).Select(c => c!.Trim()).ToList();
            var codes = coUnits.Append(lead).ToList();
            var known = await d.Db.Units.Where(u => codes.Contains(u.Code) && u.Active).Select(u => u.Code).ToListAsync(ct);
            var errors = new DomainErrors();
            if (!known.Contains(lead))
            {
                errors.Add("leadUnitCode", "主办单位不存在或已停用。");
            }

            for (var i = 0; i < coUnits.Count; i++)
            {
                if (!known.Contains(coUnits[i]))
                {
                    errors.Add($"coUnitCodes[{i}]", "协办单位不存在或已停用。");
                }
            }

            return errors.Any ? Outcome.Invalid(errors) : s.Assign(actor, request.LeadUnitCode, request.CoUnitCodes, await RulesForAsync(d.Db, s, ct), now);
        });
    }

    private static async Task<Results<Ok<SuggestionDetail>, ProblemHttpResult>> SubmitAsync(
        Guid id, [AsParameters] HandlingDependencies d, SuggestionsMetrics metrics, CancellationToken ct)
    {
        var result = await TransitionAsync(id, d, ct, async (s, actor, now) => s.Submit(actor, await RulesForAsync(d.Db, s, ct), now));
        if (result.Result is Ok<SuggestionDetail>)
        {
            metrics.Submitted();
        }

        return result;
    }

    /// <summary>Loads one visible suggestion, runs one domain operation, saves it with its events, returns the detail.</summary>
    private static async Task<Results<Ok<SuggestionDetail>, ProblemHttpResult>> TransitionAsync(
        Guid id, HandlingDependencies d, CancellationToken ct, Func<Suggestion, Actor, DateTimeOffset, Task<Outcome>> operation)
    {
        var suggestion = await d.Db.Suggestions.FindVisibleAsync(id, d.User, ct);
        if (suggestion is null)
        {
            return Problems.NotFound();
        }

        var result = await operation(suggestion, d.User.ToActor(), d.Clock.GetUtcNow());
        if (result.ToProblem() is { } refusal)
        {
            return refusal;
        }

        return await SaveAsync(d, suggestion, ct);
    }

    private static async Task<Results<Ok<SuggestionDetail>, ProblemHttpResult>> SaveAsync(HandlingDependencies d, Suggestion suggestion, CancellationToken ct)
    {
        try
        {
            await d.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("建议已被他人同时修改，请刷新后重试。");
        }

        return TypedResults.Ok(await DetailAsync(d, suggestion, ct));
    }

    private static async Task<SuggestionDetail> DetailAsync(HandlingDependencies d, Suggestion suggestion, CancellationToken ct)
    {
        var attachments = await d.Db.Attachments.AsNoTracking().Where(a => a.SuggestionId == suggestion.Id).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt)).ToListAsync(ct);
        return SuggestionDetail.From(suggestion, d.Clock.GetUtcNow(), attachments);
    }

    internal static async Task<HandlingRules> RulesForAsync(SuggestionsContext db, Suggestion suggestion, CancellationToken ct) =>
        suggestion.CongressId is { } congressId
        && await db.Congresses.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == congressId, ct) is { } congress
            ? congress.Rules
            : HandlingRules.Default;
}
