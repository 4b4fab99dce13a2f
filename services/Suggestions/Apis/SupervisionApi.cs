using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Domain;
using RenminDaibiao.Suggestions.Infrastructure;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>Supervision (督办): due-soon and overdue lists, handling statistics and the ledger (台账) of a term.</summary>
public static class SupervisionApi
{
    public const int DefaultDueSoonDays = 7;
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/suggestions").WithTags("Supervision").RequireAuthorization(SuggestionsServiceExtensions.ParticipantPolicy);
        api.MapGet("/supervision/due-soon", DueSoonAsync);
        api.MapGet("/supervision/overdue", OverdueAsync);
        api.MapGet("/statistics", StatisticsAsync).RequireAuthorization(Policies.CommitteeStaff);
        api.MapGet("/ledger", LedgerAsync).RequireAuthorization(Policies.CommitteeStaff);
        return app;
    }

    private static async Task<IResult> DueSoonAsync([AsParameters] HandlingDependencies d, int? days, CancellationToken ct)
    {
        if (days is < 1 or > 90)
        {
            return Access.Invalid("days", "天数应为 1 至 90。");
        }

        var now = d.Clock.GetUtcNow();
        var until = now.AddDays(days ?? DefaultDueSoonDays);
        var items = await d.Db.Suggestions.AsNoTracking().VisibleTo(d.User)
            .Where(s => (s.State == SuggestionState.Assigned || s.State == SuggestionState.Contacted) && s.DueAt >= now && s.DueAt <= until)
            .OrderBy(s => s.DueAt)
            .ToListAsync(ct);
        return TypedResults.Ok(items.Select(s => SuggestionSummary.From(s, now)).ToList());
    }

    private static async Task<IResult> OverdueAsync([AsParameters] HandlingDependencies d, CancellationToken ct)
    {
        var now = d.Clock.GetUtcNow();
        var items = await d.Db.Suggestions.AsNoTracking().VisibleTo(d.User)
            .Where(SuggestionsApi.Overdue(now))
            .OrderBy(s => s.DueAt)
            .ToListAsync(ct);
        return TypedResults.Ok(items.Select(s => SuggestionSummary.From(s, now)).ToList());
    }

    private static async Task<IResult> StatisticsAsync([AsParameters] HandlingDependencies d, int? year, int? term, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return Access.Invalid("year", "年份无效。");
        }

        var suggestions = await Filtered(d, year, term).Where(s => s.AssignedAt != null).AsSplitQuery().ToListAsync(ct);
        var units = await d.Db.Units.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        return TypedResults.Ok(SuggestionStatistics.Compute(suggestions, d.Clock.GetUtcNow(), units));
    }

    private static async Task<IResult> LedgerAsync([AsParameters] HandlingDependencies d, int? term, int? year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return Access.Invalid("year", "年份无效。");
        }

        if (term is < 1 or > 100)
        {
            return Access.Invalid("term", "届次无效。");
        }

        var suggestions = await Filtered(d, year, term).Where(s => s.SubmittedAt != null).AsSplitQuery()
            .OrderBy(s => s.SubmittedAt).ToListAsync(ct);
        var units = await d.Db.Units.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        var bytes = Ledger.Build(suggestions, units, d.Clock.GetUtcNow());
        var name = term is { } t ? $"建议办理台账-第{t}届.xlsx" : "建议办理台账.xlsx";
        return TypedResults.File(bytes, XlsxContentType, name);
    }

    private static IQueryable<Suggestion> Filtered(HandlingDependencies d, int? year, int? term)
    {
        var query = d.Db.Suggestions.AsNoTracking().VisibleTo(d.User);
        if (year is { } y)
        {
            var from = new DateTimeOffset(y, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var to = from.AddYears(1);
            query = query.Where(s => s.SubmittedAt >= from && s.SubmittedAt < to);
        }

        if (term is { } t)
        {
            query = query.Where(s => s.Term == t);
        }

        return query;
    }
}

/// <summary>The ledger (台账) workbook: one row per submitted suggestion, Chinese headers.</summary>
public static class Ledger
{
    public static readonly string[] Headers =
    [
        "序号", "类型", "标题", "领衔代表", "联名代表人数", "行政区划", "届次", "分类", "重点建议", "主办单位", "协办单位",
        "状态", "提交日期", "交办日期", "办理期限", "答复日期", "答复类型", "是否按期答复", "代表评价", "是否超期",
    ];

    public static byte[] Build(IReadOnlyList<Suggestion> suggestions, IReadOnlyDictionary<string, string> unitNames, DateTimeOffset now)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("建议办理台账");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Headers[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
        var china = TimeSpan.FromHours(8);
        string Date(DateTimeOffset? value) => value is { } v ? v.ToOffset(china).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";
        string Unit(string? code) => code is null ? "" : unitNames.TryGetValue(code, out var name) ? name : code;

        var row = 2;
        foreach (var s in suggestions)
        {
            var answer = s.LatestAnswer;
            var first = s.Answers.Where(a => a.Round == 1).FirstOrDefault();
            string[] values =
            [
                (row - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.Kind.Label() + (s.Kind == SuggestionKind.Suggestion ? (s.DuringSession ? "（会议期间）" : "（闭会期间）") : ""),
                s.Title,
                s.LeadDeputyName,
                s.CoSigners.Count(c => c.ConfirmedAt is not null).ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.DivisionCode,
                s.Term?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                s.Category ?? "",
                s.IsKey ? "是" : "否",
                Unit(s.LeadUnitCode),
                string.Join("、", s.CoUnits.Select(c => Unit(c.UnitCode))),
                s.State.Label(),
                Date(s.SubmittedAt),
                Date(s.AssignedAt),
                Date(s.DueAt),
                Date(answer?.AnsweredAt),
                answer?.Category.Label() ?? "",
                first is null ? "" : first.OnTime ? "是" : "否",
                s.LatestRating?.Rating.Label() ?? "",
                s.IsOverdue(now) ? "是" : "否",
            ];
            for (var c = 0; c < values.Length; c++)
            {
                // Text cells: a title such as "001" or "=1+1" must stay exactly what the deputy wrote.
                sheet.Cell(row, c + 1).SetValue(values[c]);
            }

            row++;
        }

        sheet.Column(3).Width = 40;
        for (var c = 4; c <= Headers.Length; c++)
        {
            sheet.Column(c).Width = 14;
        }

        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
