using System.Globalization;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

/// <summary>The monthly 民情专报 of a division: what citizens raised, where it stands, what is still open.</summary>
public static class BulletinsApi
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapBulletinsApi(this IEndpointRouteBuilder app)
    {
        var bulletins = app.MapGroup("/api/stations/bulletins").WithTags("Bulletins").RequireAuthorization(Policies.Staff);
        bulletins.MapGet("/", GetAsync).WithSummary("某行政区划的月度民情专报");
        bulletins.MapGet("/excel", GetExcelAsync).WithSummary("月度民情专报导出为 Excel");
        return app;
    }

    public sealed record CountResponse(string Key, string Label, int Count);

    /// <summary>How many opinions stand in one status; the key is the status as the API writes it, the label as people read it.</summary>
    public sealed record StatusCountResponse(OpinionStatus Key, string Label, int Count);

    public sealed record ItemResponse(
        Guid Id,
        string TrackingCode,
        string DivisionCode,
        OpinionChannel Channel,
        string? Category,
        HandlingLevel? Level,
        OpinionStatus Status,
        string StatusText,
        string Content,
        DateTimeOffset RegisteredAt,
        string? UnitCode,
        DateTimeOffset? DueAt,
        bool Overdue,
        int? Rating);

    public sealed record BulletinResponse(
        string DivisionCode,
        string Month,
        string Title,
        int Total,
        int Answered,
        double? AverageRating,
        int Unsatisfied,
        int Reopened,
        IReadOnlyList<CountResponse> ByCategory,
        IReadOnlyList<StatusCountResponse> ByStatus,
        IReadOnlyList<ItemResponse> OpenItems,
        IReadOnlyList<ItemResponse> NotableCases);

    private static async Task<Results<Ok<BulletinResponse>, FileContentHttpResult, ProblemHttpResult>> GetAsync(
        HttpContext http, StationsContext db, CurrentUser user, TimeProvider clock, string? division, string? month, CancellationToken cancellationToken)
    {
        var (bulletin, refusal) = await ComposeForAsync(db, user, clock, division, month, cancellationToken);
        if (bulletin is null)
        {
            return refusal!;
        }

        var wantsExcel = http.Request.Headers.Accept.Any(value => value?.Contains(ExcelContentType, StringComparison.OrdinalIgnoreCase) == true);
        return wantsExcel ? Excel(bulletin) : TypedResults.Ok(bulletin);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetExcelAsync(
        StationsContext db, CurrentUser user, TimeProvider clock, string? division, string? month, CancellationToken cancellationToken)
    {
        var (bulletin, refusal) = await ComposeForAsync(db, user, clock, division, month, cancellationToken);
        return bulletin is null ? refusal! : Excel(bulletin);
    }

    private static FileContentHttpResult Excel(BulletinResponse bulletin) =>
        TypedResults.File(ToExcel(bulletin), ExcelContentType, $"民情专报-{bulletin.DivisionCode}-{bulletin.Month}.xlsx");

    /// <summary>The bulletin of the division and month asked for (the caller's own division when none is named), or why not.</summary>
    private static async Task<(BulletinResponse? Bulletin, ProblemHttpResult? Refusal)> ComposeForAsync(
        StationsContext db, CurrentUser user, TimeProvider clock, string? division, string? month, CancellationToken cancellationToken)
    {
        var divisionCode = string.IsNullOrEmpty(division) ? user.DivisionCode : division;
        if (!DivisionCodes.IsValid(divisionCode))
        {
            return (null, Problems.Invalid("division", DivisionCodes.InvalidMessage));
        }

        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var firstDay))
        {
            return (null, Problems.Invalid("month", "月份格式应为 yyyy-MM，例如 2026-10。"));
        }

        if (!user.CanAccessDivision(divisionCode))
        {
            return (null, Problems.OutsideDivision());
        }

        return (await ComposeAsync(db, divisionCode, firstDay, clock.GetUtcNow(), cancellationToken), null);
    }

    private static async Task<BulletinResponse> ComposeAsync(
        StationsContext db, string divisionCode, DateOnly firstDay, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = ChinaTime.At(firstDay, TimeOnly.MinValue).ToUniversalTime();
        var to = ChinaTime.At(firstDay.AddMonths(1), TimeOnly.MinValue).ToUniversalTime();
        var prefix = DivisionCodes.ScopePrefix(divisionCode);
        var opinions = await db.Opinions.AsNoTracking()
            .Where(o => o.DivisionCode.StartsWith(prefix) && o.RegisteredAt >= from && o.RegisteredAt < to)
            .OrderBy(o => o.RegisteredAt)
            .ToListAsync(cancellationToken);

        ItemResponse Item(Opinion o) => new(
            o.Id, o.TrackingCode, o.DivisionCode, o.Channel, o.Category, o.Level, o.Status, Opinion.StatusText(o.Status), o.Content,
            o.RegisteredAt, o.UnitCode, o.DueAt, o.IsOpen && o.DueAt < now, o.Rating);

        var byCategory = opinions
            .GroupBy(o => o.Category ?? "未分类")
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new CountResponse(group.Key, group.Key, group.Count()))
            .ToList();
        var byStatus = Enum.GetValues<OpinionStatus>()
            .Select(status => new StatusCountResponse(status, Opinion.StatusText(status), opinions.Count(o => o.Status == status)))
            .ToList();

        // Notable: taken up as deputy suggestions, handled at county or city level, or rated at the extremes.
        var notable = opinions
            .Where(o => o.Status == OpinionStatus.RaisedAsSuggestion || o.SuggestionDeputyId is not null
                || o.Level is HandlingLevel.County or HandlingLevel.City || o.Rating is 1 or 5)
            .Take(10)
            .Select(Item)
            .ToList();
        var rated = opinions.Where(o => o.Rating is not null).ToList();
        var monthText = firstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return new BulletinResponse(
            divisionCode,
            monthText,
            $"民情专报（{firstDay.Year} 年 {firstDay.Month} 月）",
            opinions.Count,
            opinions.Count(o => !o.IsOpen),
            rated.Count == 0 ? null : Math.Round(rated.Average(o => o.Rating!.Value), 2),
            opinions.Count(o => o.WasRatedUnsatisfied),
            opinions.Count(o => o.ReopenedAt is not null),
            byCategory,
            byStatus,
            [.. opinions.Where(o => o.IsOpen).Select(Item)],
            notable);
    }

    private static byte[] ToExcel(BulletinResponse bulletin)
    {
        using var workbook = new XLWorkbook();
        var summary = workbook.Worksheets.Add("概况");
        summary.Cell(1, 1).Value = bulletin.Title;
        summary.Cell(2, 1).Value = "行政区划";
        summary.Cell(2, 2).Value = bulletin.DivisionCode;
        summary.Cell(3, 1).Value = "月份";
        summary.Cell(3, 2).Value = bulletin.Month;
        summary.Cell(4, 1).Value = "意见总数";
        summary.Cell(4, 2).Value = bulletin.Total;
        summary.Cell(5, 1).Value = "已反馈";
        summary.Cell(5, 2).Value = bulletin.Answered;
        summary.Cell(6, 1).Value = "平均评分";
        summary.Cell(6, 2).Value = bulletin.AverageRating?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—";
        summary.Cell(7, 1).Value = "群众不满意件";
        summary.Cell(7, 2).Value = bulletin.Unsatisfied;
        summary.Cell(8, 1).Value = "退回重新办理";
        summary.Cell(8, 2).Value = bulletin.Reopened;

        var row = 10;
        summary.Cell(row, 1).Value = "类别";
        summary.Cell(row, 2).Value = "件数";
        summary.Row(row).Style.Font.Bold = true;
        foreach (var count in bulletin.ByCategory)
        {
            row++;
            summary.Cell(row, 1).Value = count.Label;
            summary.Cell(row, 2).Value = count.Count;
        }

        row += 2;
        summary.Cell(row, 1).Value = "办理状态";
        summary.Cell(row, 2).Value = "件数";
        summary.Row(row).Style.Font.Bold = true;
        foreach (var count in bulletin.ByStatus)
        {
            row++;
            summary.Cell(row, 1).Value = count.Label;
            summary.Cell(row, 2).Value = count.Count;
        }

        // Fixed widths: measuring text (AdjustToContents) needs System.Drawing, which Linux servers lack.
        summary.Column(1).Width = 24;
        summary.Column(2).Width = 16;
        WriteItems(workbook.Worksheets.Add("未办结事项"), bulletin.OpenItems);
        WriteItems(workbook.Worksheets.Add("典型案例"), bulletin.NotableCases);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteItems(IXLWorksheet sheet, IReadOnlyList<ItemResponse> items)
    {
        string[] headers = ["查询码", "行政区划", "渠道", "类别", "办理层级", "状态", "反映内容", "登记时间", "承办单位", "办理期限", "是否逾期", "评分"];
        for (var column = 0; column < headers.Length; column++)
        {
            sheet.Cell(1, column + 1).Value = headers[column];
        }

        sheet.Row(1).Style.Font.Bold = true;
        var row = 1;
        foreach (var item in items)
        {
            row++;
            sheet.Cell(row, 1).Value = item.TrackingCode;
            sheet.Cell(row, 2).Value = item.DivisionCode;
            sheet.Cell(row, 3).Value = ChannelText(item.Channel);
            sheet.Cell(row, 4).Value = item.Category ?? "未分类";
            sheet.Cell(row, 5).Value = LevelText(item.Level);
            sheet.Cell(row, 6).Value = item.StatusText;
            sheet.Cell(row, 7).Value = item.Content;
            sheet.Cell(row, 8).Value = item.RegisteredAt.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            sheet.Cell(row, 9).Value = item.UnitCode ?? "";
            sheet.Cell(row, 10).Value = item.DueAt?.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
            sheet.Cell(row, 11).Value = item.Overdue ? "是" : "否";
            sheet.Cell(row, 12).Value = item.Rating?.ToString(CultureInfo.InvariantCulture) ?? "";
        }

        double[] widths = [16, 12, 12, 12, 14, 18, 60, 18, 14, 12, 10, 8];
        for (var column = 0; column < widths.Length; column++)
        {
            sheet.Column(column + 1).Width = widths[column];
        }
    }

    private static string ChannelText(OpinionChannel channel) => channel switch
    {
        OpinionChannel.Visit => "来访",
        OpinionChannel.QrMessage => "扫码留言",
        OpinionChannel.BookedMeeting => "预约约见",
        OpinionChannel.PhotoReport => "随手拍",
        _ => "网格走访",
    };

    private static string LevelText(HandlingLevel? level) => level switch
    {
        HandlingLevel.Village => "村（社区）",
        HandlingLevel.Township => "乡镇（街道）",
        HandlingLevel.County => "县（区）",
        HandlingLevel.City => "市",
        _ => "",
    };
}
