using ClosedXML.Excel;
using RenminDaibiao.Primitives;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

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
        string Date(DateTimeOffset? value) => value is { } v ? ChinaTime.DateOf(v).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";
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
