using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Voting.Domain;
using RenminDaibiao.Voting.Infrastructure;

namespace RenminDaibiao.Voting.Apis;

/// <summary>Passed 民生实事 projects tracked to completion, and the yearly completion report.</summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voting/projects").WithTags("Projects").RequireAuthorization().WithConflictsAs409();
        group.MapGet("/", ListAsync);
        group.MapGet("/report", ReportAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPut("/{id:guid}/responsible-unit", AssignUnitAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/milestones", AddMilestoneAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/milestones/{milestoneId:guid}/complete", CompleteMilestoneAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapPut("/{id:guid}/progress", ReportProgressAsync).RequireAuthorization(Policies.CommitteeStaff);
        group.MapPost("/{id:guid}/inspections", RecordInspectionAsync).RequireAuthorization(Policies.CommitteeStaff);
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

    private static async Task<IResult> ListAsync(VotingContext db, int? year, CancellationToken ct)
    {
        var query = db.Projects.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }

        var projects = await query.OrderBy(p => p.Year).ThenBy(p => p.Title).Take(500).ToListAsync(ct);
        return TypedResults.Ok(projects.Select(ProjectResponse.From).ToList());
    }

    private static async Task<IResult> GetAsync(Guid id, VotingContext db, CancellationToken ct) =>
        await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } project
            ? TypedResults.Ok(ProjectResponse.From(project))
            : TypedResults.NotFound();

    /// <summary>The yearly completion report (JSON) of the projects the caller's division and those below it carry out.</summary>
    private static async Task<IResult> ReportAsync(VotingContext db, TimeProvider clock, int? year, CancellationToken ct)
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

    private static Task<IResult> AssignUnitAsync(Guid id, UnitRequest request, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        UpdateAsync(db, id, ct, p => p.AssignUnit(request.UnitCode, request.UnitName, clock.GetUtcNow()));

    private static Task<IResult> ReportProgressAsync(Guid id, ProgressRequest request, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        UpdateAsync(db, id, ct, p => p.ReportProgress(request.ProgressPercent, clock.GetUtcNow()));

    private static Task<IResult> AddMilestoneAsync(Guid id, MilestoneRequest request, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        UpdateAsync(db, id, ct, p => p.AddMilestone(request.Title, request.DueDate, clock.GetUtcNow()).Errors);

    private static Task<IResult> RecordInspectionAsync(Guid id, InspectionRequest request, VotingContext db, TimeProvider clock, CancellationToken ct) =>
        UpdateAsync(db, id, ct, p => p.RecordInspection(request.Date, request.Inspectors, request.Notes, request.Photos, clock.GetUtcNow()).Errors);

    private static async Task<IResult> CompleteMilestoneAsync(Guid id, Guid milestoneId, VotingContext db, TimeProvider clock, CancellationToken ct)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null || !project.CompleteMilestone(milestoneId, clock.GetUtcNow()))
        {
            return TypedResults.NotFound();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProjectResponse.From(project));
    }

    private static async Task<IResult> UpdateAsync(VotingContext db, Guid id, CancellationToken ct, Func<Project, DomainErrors> change)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return TypedResults.NotFound();
        }

        var errors = change(project);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProjectResponse.From(project));
    }
}
