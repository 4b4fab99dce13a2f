using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>履职积分: a deputy's monthly totals and yearly report and the quarterly ranking, from confirmed duty records.</summary>
public static class PointsApi
{
    public static RouteGroupBuilder MapPointsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/deputies/{id:guid}/points", GetPointsAsync).WithTags("Points").WithSummary("代表的年度履职积分（按月、按类别）");
        api.MapGet("/deputies/{id:guid}/report", GetReportAsync).WithTags("Points").WithSummary("代表的年度履职报告（Excel）");
        api.MapGet("/rankings", GetRankingAsync).WithTags("Points").WithSummary("季度履职积分排名（季度晾晒）");
        return api;
    }

    public sealed record MonthPoints(int Month, int Activities, int Points);

    public sealed record KindPoints(string Kind, string Label, int Activities, int Points, int YearlyCap);

    public sealed record DeputyPointsResponse(Guid DeputyId, string Name, int Year, int Activities, int Total, IReadOnlyList<MonthPoints> Months, IReadOnlyList<KindPoints> Kinds);

    public sealed record RankingItem(int Rank, Guid DeputyId, string Name, string DivisionCode, int Points, int Activities);

    internal static bool ValidYear(int? year) => year is >= 1954 and <= 2100;

    private static async Task<Results<Ok<DeputyPointsResponse>, ProblemHttpResult>> GetPointsAsync(Guid id, int? year, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsStaff() && !user.IsInRole(Roles.Deputy))
        {
            return Problems.Forbidden("只有工作人员和代表本人可以查看履职积分。");
        }

        var deputy = await db.Deputies.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Problems.NotFound();
        }

        if (!user.MayActFor(id))
        {
            return Problems.Forbidden("只有工作人员和代表本人可以查看履职积分。");
        }

        var theYear = year ?? clock.GetUtcNow().Year;
        if (!ValidYear(theYear))
        {
            return Problems.Invalid("year", "年份无效。");
        }

        var report = await DeputyYearAsync(db, deputy, theYear, ct);
        return TypedResults.Ok(report.Summary);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetReportAsync(Guid id, int? year, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsStaff() && !user.IsInRole(Roles.Deputy))
        {
            return Problems.Forbidden("只有工作人员和代表本人可以查看履职积分。");
        }

        var deputy = await db.Deputies.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return Problems.NotFound();
        }

        if (!user.MayActFor(id))
        {
            return Problems.Forbidden("只有工作人员和代表本人可以查看履职积分。");
        }

        var theYear = year ?? clock.GetUtcNow().Year;
        if (!ValidYear(theYear))
        {
            return Problems.Invalid("year", "年份无效。");
        }

        await user.AuditStaffReadAsync(db, "duty-report", id, deputy.DivisionCode, clock, ct);
        var report = await DeputyYearAsync(db, deputy, theYear, ct);
        var bytes = DutyReportWorkbook.Build(deputy, report);
        return TypedResults.File(
            bytes,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"duty-report-{theYear}-{id}.xlsx");
    }

    private static async Task<Results<Ok<PagedList<RankingItem>>, ProblemHttpResult>> GetRankingAsync(
        string? quarter, Guid? congressId, string? level, int? page, int? pageSize, DeputiesContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new DomainErrors();
        var now = clock.GetUtcNow();
        quarter ??= $"{now.Year}Q{((now.Month - 1) / 3) + 1}";
        if (!Quarter.TryParse(quarter, out var theQuarter))
        {
            errors.Add("quarter", "季度格式应为 2026Q3。");
        }

        if (level is not null && !CongressLevels.IsValid(level))
        {
            errors.Add("level", "人大层级应为 national、provincial、city、county 或 township。");
        }

        var pageRequest = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var population = await PopulationAsync(db, congressId, level, ct);
        var facts = await FactsAsync(db, population.Keys, new DateOnly(theQuarter.Year, 1, 1), theQuarter.End, ct);
        var ruleFor = await RulesAsync(db, facts, ct);
        var awarded = PointsCalculator.Award(facts, ruleFor);
        var totals = PointsCalculator.TotalsBetween(facts, awarded, theQuarter.Start, theQuarter.End);
        var activities = facts.Where(fact => fact.Date >= theQuarter.Start).GroupBy(fact => fact.DeputyId).ToDictionary(g => g.Key, g => g.Count());
        var ranked = Ranking.Rank(population.Values.Select(deputy => new RankingCandidate(deputy.Id, deputy.Name, totals.GetValueOrDefault(deputy.Id))));
        var items = ranked
            .Skip(pageRequest.Skip)
            .Take(pageRequest.Size)
            .Select(entry => new RankingItem(
                entry.Rank, entry.DeputyId, entry.Name, population[entry.DeputyId].DivisionCode, entry.Points, activities.GetValueOrDefault(entry.DeputyId)))
            .ToList();
        return TypedResults.Ok(new PagedList<RankingItem>(items, pageRequest.Number, pageRequest.Size, ranked.Count));
    }

    /// <summary>A deputy counted in rankings; <see cref="ServingSince"/> is when their earliest counted seat began.</summary>
    internal sealed record PopulationMember(Guid Id, string Name, string DivisionCode, DateTimeOffset ServingSince);

    /// <summary>The serving deputies the caller can see, optionally of one congress or level.</summary>
    internal static async Task<Dictionary<Guid, PopulationMember>> PopulationAsync(
        DeputiesContext db, Guid? congressId, string? level, CancellationToken ct)
    {
        var query = db.Deputies.AsNoTracking().Where(deputy => deputy.Seats.Any(seat => seat.Status == SeatStatuses.Serving
            && (congressId == null || seat.CongressId == congressId)
            && (level == null || seat.Level == level)));
        return await query
            .Select(deputy => new PopulationMember(
                deputy.Id,
                deputy.Name,
                deputy.DivisionCode,
                deputy.Seats
                    .Where(seat => seat.Status == SeatStatuses.Serving
                        && (congressId == null || seat.CongressId == congressId)
                        && (level == null || seat.Level == level))
                    .Min(seat => seat.Since)))
            .ToDictionaryAsync(member => member.Id, ct);
    }

    /// <summary>The confirmed duty records of the deputies within [from, to]: pending and rejected ones earn nothing.</summary>
    internal static async Task<List<DutyFact>> FactsAsync(
        DeputiesContext db, IEnumerable<Guid> deputies, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var wanted = deputies.ToHashSet();
        var facts = await db.DutyRecords.AsNoTracking()
            .Where(record => record.Date >= from && record.Date <= to && record.Status == DutyStatuses.Confirmed)
            .Select(record => new DutyFact(record.Id, record.DeputyId, record.CongressId, record.Kind, record.Date))
            .ToListAsync(ct);
        return [.. facts.Where(fact => wanted.Contains(fact.DeputyId))];
    }

    /// <summary>The points rule of each record's congress (congresses above the caller's division included), else the defaults.</summary>
    internal static async Task<Func<Guid?, string, PointsRule>> RulesAsync(DeputiesContext db, IEnumerable<DutyFact> facts, CancellationToken ct)
    {
        var ids = facts.Where(fact => fact.CongressId is not null).Select(fact => fact.CongressId!.Value).Distinct().ToList();
        var congresses = await db.Congresses.IgnoreQueryFilters().AsNoTracking()
            .Where(congress => ids.Contains(congress.Id))
            .ToDictionaryAsync(congress => congress.Id, ct);
        return (congressId, kind) =>
            congressId is { } id && congresses.TryGetValue(id, out var congress)
                ? congress.RuleFor(kind)
                : PointsRule.Defaults.FirstOrDefault(rule => rule.Kind == kind) ?? new PointsRule(kind, 0, 0);
    }

    internal sealed record ReportLine(DutyRecord Record, int Points);

    internal sealed record DeputyYear(DeputyPointsResponse Summary, IReadOnlyList<ReportLine> Lines);

    private static async Task<DeputyYear> DeputyYearAsync(DeputiesContext db, Deputy deputy, int year, CancellationToken ct)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var records = await db.DutyRecords.AsNoTracking()
            .Where(record => record.DeputyId == deputy.Id && record.Date >= start && record.Date <= end && record.Status == DutyStatuses.Confirmed)
            .OrderBy(record => record.Date).ThenBy(record => record.Id)
            .ToListAsync(ct);
        var facts = records.Select(record => new DutyFact(record.Id, record.DeputyId, record.CongressId, record.Kind, record.Date)).ToList();
        var ruleFor = await RulesAsync(db, facts, ct);
        var awarded = PointsCalculator.Award(facts, ruleFor);
        var lines = records.Select(record => new ReportLine(record, awarded[record.Id])).ToList();
        var months = Enumerable.Range(1, 12)
            .Select(month => new MonthPoints(
                month,
                lines.Count(line => line.Record.Date.Month == month),
                lines.Where(line => line.Record.Date.Month == month).Sum(line => line.Points)))
            .ToList();
        var primary = deputy.PrimarySeat?.CongressId;
        var kinds = DutyKinds.All
            .Select(kind => new KindPoints(
                kind,
                DutyKinds.Label(kind),
                lines.Count(line => line.Record.Kind == kind),
                lines.Where(line => line.Record.Kind == kind).Sum(line => line.Points),
                ruleFor(primary, kind).YearlyCap))
            .ToList();
        var summary = new DeputyPointsResponse(deputy.Id, deputy.Name, year, lines.Count, lines.Sum(line => line.Points), months, kinds);
        return new DeputyYear(summary, lines);
    }
}
