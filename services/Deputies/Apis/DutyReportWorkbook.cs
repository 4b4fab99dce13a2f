using ClosedXML.Excel;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>The yearly duty report (年度履职报告) of one deputy as an Excel workbook with Chinese headers.</summary>
internal static class DutyReportWorkbook
{
    public const string RecordsSheet = "履职明细";
    public const string MonthsSheet = "月度积分";
    public const string KindsSheet = "分类统计";

    public static byte[] Build(Deputy deputy, PointsApi.DeputyYear report)
    {
        using var workbook = new XLWorkbook();
        var summary = report.Summary;

        var records = workbook.Worksheets.Add(RecordsSheet);
        records.Cell(1, 1).Value = $"{deputy.Name} {summary.Year} 年度履职报告";
        records.Cell(1, 1).Style.Font.Bold = true;
        records.Cell(2, 1).Value = "代表姓名";
        records.Cell(2, 2).Value = deputy.Name;
        records.Cell(3, 1).Value = "所属行政区划";
        records.Cell(3, 2).SetValue(deputy.DivisionCode);
        records.Cell(4, 1).Value = "履职次数";
        records.Cell(4, 2).Value = summary.Activities;
        records.Cell(5, 1).Value = "年度积分";
        records.Cell(5, 2).Value = summary.Total;

        string[] headers = ["序号", "日期", "履职类别", "履职事项", "登记方式", "积分"];
        const int headerRow = 7;
        for (var column = 0; column < headers.Length; column++)
        {
            records.Cell(headerRow, column + 1).Value = headers[column];
            records.Cell(headerRow, column + 1).Style.Font.Bold = true;
        }

        var row = headerRow + 1;
        var number = 1;
        foreach (var line in report.Lines)
        {
            records.Cell(row, 1).Value = number++;
            records.Cell(row, 2).Value = line.Record.Date.ToDateTime(TimeOnly.MinValue);
            records.Cell(row, 2).Style.DateFormat.Format = "yyyy-mm-dd";
            records.Cell(row, 3).Value = DutyKinds.Label(line.Record.Kind);
            records.Cell(row, 4).SetValue(line.Record.Title);
            records.Cell(row, 5).Value = DutySources.Label(line.Record.Source);
            records.Cell(row, 6).Value = line.Points;
            row++;
        }

        records.Cell(row, 1).Value = "合计";
        records.Cell(row, 6).Value = summary.Total;
        records.Cell(row, 1).Style.Font.Bold = true;
        SetWidths(records, 8, 12, 16, 60, 14, 8);

        var months = workbook.Worksheets.Add(MonthsSheet);
        months.Cell(1, 1).Value = "月份";
        months.Cell(1, 2).Value = "履职次数";
        months.Cell(1, 3).Value = "积分";
        foreach (var month in summary.Months)
        {
            months.Cell(month.Month + 1, 1).Value = $"{month.Month}月";
            months.Cell(month.Month + 1, 2).Value = month.Activities;
            months.Cell(month.Month + 1, 3).Value = month.Points;
        }

        months.Cell(14, 1).Value = "合计";
        months.Cell(14, 2).Value = summary.Activities;
        months.Cell(14, 3).Value = summary.Total;
        months.Row(1).Style.Font.Bold = true;
        SetWidths(months, 10, 12, 10);

        var kinds = workbook.Worksheets.Add(KindsSheet);
        kinds.Cell(1, 1).Value = "履职类别";
        kinds.Cell(1, 2).Value = "履职次数";
        kinds.Cell(1, 3).Value = "积分";
        kinds.Cell(1, 4).Value = "年度上限";
        var kindRow = 2;
        foreach (var kind in summary.Kinds)
        {
            kinds.Cell(kindRow, 1).Value = kind.Label;
            kinds.Cell(kindRow, 2).Value = kind.Activities;
            kinds.Cell(kindRow, 3).Value = kind.Points;
            kinds.Cell(kindRow, 4).Value = kind.YearlyCap;
            kindRow++;
        }

        kinds.Row(1).Style.Font.Bold = true;
        SetWidths(kinds, 16, 12, 10, 12);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    // Widths are set by hand: auto-fitting measures text with System.Drawing, which Linux hosts lack.
    private static void SetWidths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }
    }
}
