using System.Globalization;
using ClosedXML.Excel;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>The roll spreadsheet (代表名册): the empty template, and its rows read as text for <see cref="Roll.Plan"/>.</summary>
internal static class RollWorkbook
{
    public const string SheetName = "代表名册";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Template()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        for (var i = 0; i < Roll.Columns.Count; i++)
        {
            sheet.Cell(1, i + 1).Value = Roll.Columns[i].Header;
            sheet.Cell(1, i + 1).Style.Font.Bold = true;
            sheet.Column(i + 1).Style.NumberFormat.Format = "@";
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The rows of the first sheet under the template's header row (blank rows skipped), or the reason the file cannot be read.</summary>
    public static (IReadOnlyList<RollRow> Rows, string? Error) Read(Stream file)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(file);
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException or ArgumentException or IOException
            or InvalidOperationException or System.Xml.XmlException or NotSupportedException)
        {
            return ([], "文件不是有效的 Excel（.xlsx）文件。");
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.First();
            var headers = Enumerable.Range(1, Roll.Columns.Count).Select(column => sheet.Cell(1, column).GetString().Trim()).ToList();
            if (!headers.SequenceEqual(Roll.Columns.Select(column => column.Header)))
            {
                return ([], $"第 1 行应为表头：{string.Join("、", Roll.Columns.Select(column => column.Header))}。");
            }

            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            if (last - 1 > Roll.MaxRows)
            {
                return ([], $"名册最多 {Roll.MaxRows} 行代表。");
            }

            var rows = new List<RollRow>();
            for (var row = 2; row <= last; row++)
            {
                var cells = Enumerable.Range(1, Roll.Columns.Count).Select(column => Text(sheet.Cell(row, column))).ToList();
                if (cells.All(cell => cell is null))
                {
                    continue;
                }

                rows.Add(new RollRow(row, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7], cells[8], cells[9], cells[10]));
            }

            return (rows, null);
        }
    }

    /// <summary>A cell as text: a date as yyyy-MM-dd, a number (a phone typed as one) without separators or exponent.</summary>
    private static string? Text(IXLCell cell)
    {
        var text = cell.DataType switch
        {
            XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            XLDataType.Number => cell.GetDouble().ToString("0.##########", CultureInfo.InvariantCulture),
            _ => cell.GetString(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
