using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

/// <summary>Passed 民生实事 projects tracked to completion, and the yearly completion report.</summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voting/projects").WithTags("Projects").RequireAuthorization().WithLostUpdatesAs409();
        group.MapGet("/", ListAsync).WithSummary("民生实事项目列表(分页)");
        group.MapGet("/report", ReportAsync).WithSummary("年度项目完成情况报告");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("查看民生实事项目");
        group.MapPut("/{id:guid}/responsible-unit", AssignUnitAsync).WithSummary("指定责任单位").RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/milestones", AddMilestoneAsync).WithSummary("添加项目节点").RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/milestones/{milestoneId:guid}/complete", CompleteMilestoneAsync).WithSummary("标记节点完成").RequireAuthorization(Policies.CommitteeStaff);
        group.MapPut("/{id:guid}/progress", ReportProgressAsync).WithSummary("报告项目进度").RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/inspections", RecordInspectionAsync).WithSummary("记录代表视察").RequireAuthorization(Policies.CommitteeStaff);
        return app;
    }

    public sealed record UnitRequest(string? UnitCode, string? UnitName);

    public sealed record MilestoneRequest(string? Title, DateOnly? DueDate);

    public sealed record ProgressRequest(int? ProgressPercent);

    public sealed record InspectionRequest(DateOnly? Date, string? Inspectors, string? Notes, IReadOnlyList<string?>? Photos);

    public sealed record MilestoneResponse(Guid Id, string Title, DateOnly DueDate, DateTimeOffset? CompletedAt);

    public sealed record InspectionResponse(Guid Id, DateOnly Date, string Inspectors, string Notes, IReadOnlyList<string> Photos, DateTimeOffset RecordedAt);

    public sealed record ProjectResponse(
        Guid Id, Guid CandidateId, Guid VoteId, Guid CongressId, string DivisionCode, string Title, string Session, int Year,
        string? ResponsibleUnitCode, string? ResponsibleUnitName, int ProgressPercent, bool Completed, DateTimeOffset? CompletedAt,
        IReadOnlyList<MilestoneResponse> Milestones, IReadOnlyList<InspectionResponse> Inspections)
    {
        public static ProjectResponse From(Project p) => new(
            p.Id, p.CandidateId, p.VoteId, p.CongressId, p.DivisionCode, p.Title, p.Session, p.Year, p.ResponsibleUnitCode,
            p.ResponsibleUnitName, p.ProgressPercent, p.IsCompleted, p.CompletedAt,
            [.. p.Milestones.Select(m => new MilestoneResponse(m.Id, m.Title, m.DueDate, m.CompletedAt))],
            [.. p.Inspections.Select(i => new InspectionResponse(i.Id, i.Date, i.Inspectors, i.Notes, i.Photos, i.RecordedAt))]);
    }

    public sealed record ReportLine(
        Guid Id, string Title, string DivisionCode, string? ResponsibleUnitName, int ProgressPercent, bool Completed,
        int MilestonesDone, int MilestonesTotal, int Inspections);

    public sealed record CompletionReport(
        int Year, int ProjectCount, int CompletedCount, decimal CompletionRate, decimal AverageProgress, int InspectionCount,
        IReadOnlyList<ReportLine> Projects);

    private static async Task<Results<Ok<PagedList<ProjectResponse>>, ProblemHttpResult>> ListAsync(VotingContext db, int? year, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Projects.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }

        var projects = await query.OrderBy(p => p.Year).ThenBy(p => p.Title).ThenBy(p => p.Id).ToPageAsync(request, ct);
        return TypedResults.Ok(projects.Select(ProjectResponse.From));
    }

    private static async Task<Results<Ok<ProjectResponse>, NotFound>> GetAsync(Guid id, VotingContext db, CancellationToken ct) =>
        await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } project
            ? TypedResults.Ok(ProjectResponse.From(project))
            : TypedResults.NotFound();

    /// <summary>The yearly completion report (JSON) of the projects the caller's division and those below it carry out.</summary>
    private static async Task<Ok<CompletionReport>> ReportAsync(VotingContext db, TimeProvider clock, int? year, CancellationToken ct)
    {
        var reportYear = year ?? clock.GetUtcNow().Year;
        var projects = await db.Projects.AsNoTracking().Where(p => p.Year == reportYear).OrderBy(p => p.Title).ToListAsync(ct);
        var completed = projects.Count(p => p.IsCompleted);
        return TypedResults.Ok(new CompletionReport(
            reportYear,
            projects.Count,
            completed,
            projects.Count == 0 ? 0m : Math.Round((decimal)completed / projects.Count, 4),
            projects.Count == 0 ? 0m : Math.Round((decimal)projects.Sum(p => p.ProgressPercent) / projects.Count, 1),
            projects.Sum(p => p.Inspections.Count),
            [.. projects.Select(p => new ReportLine(
                p.Id, p.Title, p.DivisionCode, p.ResponsibleUnitName, p.ProgressPercent, p.IsCompleted,
                p.Milestones.Count(m => m.CompletedAt is not null), p.Milestones.Count, p.Inspections.Count))]));
    }

    private static Task<Results<Ok<ProjectResponse>, NotFound, ProblemHttpResult>> AssignUnitAsync(Guid id, UnitRequest request, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        UpdateAsync(db, id, ct, p => p.AssignUnit(request.UnitCode, request.UnitName, clock.GetUtcNow()));

    private static Task<Results<Ok<ProjectResponse>, NotFound, ProblemHttpResult>> ReportProgressAsync(Guid id, ProgressRequest request, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        UpdateAsync(db, id, ct, p => p.ReportProgress(request.ProgressPercent, clock.GetUtcNow()));

    private static Task<Results<Ok<ProjectResponse>, NotFound, ProblemHttpResult>> AddMilestoneAsync(Guid id, MilestoneRequest request, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        UpdateAsync(db, id, ct, p => p.AddMilestone(request.Title, request.DueDate, clock.GetUtcNow()));

    private static Task<Results<Ok<ProjectResponse>, NotFound, ProblemHttpResult>> RecordInspectionAsync(Guid id, InspectionRequest request, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        UpdateAsync(db, id, ct, p => p.RecordInspection(request.Date, request.Inspectors, request.Notes, request.Photos, clock.GetUtcNow()));

    private static async Task<Results<Ok<ProjectResponse>, NotFound, ProblemHttpResult>> CompleteMilestoneAsync(
        Guid id, Guid milestoneId, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project?.CompleteMilestone(milestoneId, clock.GetUtcNow()) is not { } completed)
        {
            return TypedResults.NotFound();
        }

        if (completed.ToProblem() is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProjectResponse.From(project));
    }

    private static async Task<Results<Ok<ProjectResponse>, NotFound, ProblemHttpResult>> UpdateAsync(
        VotingContext db, Guid id, CancellationToken ct, Func<Project, Outcome> change)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return TypedResults.NotFound();
        }

        if (change(project).ToProblem() is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProjectResponse.From(project));
    }
}
