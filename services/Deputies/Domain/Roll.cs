using System.Globalization;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>
/// The roll (代表名册) of one congress, imported from a spreadsheet. Every row is checked before anything changes, and
/// an error names its cell (row and column), so a roll is stored whole or not at all. A deputy is known by their
/// mobile number (the natural key): a known deputy who already serves in the congress is left as they are, one who
/// does not gets a seat, anyone else is registered with a seat. Importing the same roll again therefore changes nothing.
/// </summary>
public static class Roll
{
    public const int MaxRows = 5000;

    /// <summary>The columns of the template, in order: the header a person reads and the field it fills.</summary>
    public static IReadOnlyList<(string Header, string Field)> Columns { get; } =
    [
        ("姓名", "name"),
        ("性别", "gender"),
        ("民族", "ethnicity"),
        ("出生日期", "birthDate"),
        ("手机号", "phone"),
        ("职业", "occupation"),
        ("选区", "constituency"),
        ("代表小组", "group"),
        ("联络站", "stationName"),
        ("联络站编号", "stationId"),
        ("行政区划代码", "divisionCode"),
    ];

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    /// <summary>The spreadsheet column (A, B, …) of a field.</summary>
    public static string ColumnOf(string field)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Field == field)
            {
                return ((char)('A' + i)).ToString();
            }
        }

        throw new ArgumentOutOfRangeException(nameof(field), field, "Not a roll column.");
    }

    /// <summary>
    /// Checks every row and says what the import would do. <paramref name="known"/> holds the deputies already
    /// registered under the roll's phone numbers (seats loaded); <paramref name="groups"/> the groups of the congress's
    /// division by name; <paramref name="mayManage"/> whether the caller may register deputies in a division.
    /// </summary>
    public static Outcome<RollPlan> Plan(
        Congress congress, IReadOnlyList<RollRow> rows, IReadOnlyDictionary<string, Deputy> known,
        IReadOnlyDictionary<string, DeputyGroup> groups, Func<string, bool> mayManage, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(congress);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(mayManage);
        var errors = new DomainErrors();
        if (rows.Count == 0 || rows.Count > MaxRows)
        {
            errors.Add("file", $"名册应有 1 至 {MaxRows} 行代表。");
            return Outcome<RollPlan>.Invalid(errors);
        }

        var plan = new RollPlan();
        var phones = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var rowErrors = new DomainErrors();
            var input = ToInput(congress, row, rowErrors);
            var registered = Deputy.Register(input, now);
            foreach (var (field, messages) in registered.Errors?.ByField ?? new Dictionary<string, string[]>())
            {
                rowErrors.Add(field, messages[0]);
            }

            if (registered.Value is { } fresh && !rowErrors.Any)
            {
                if (phones.TryGetValue(fresh.Phone, out var first))
                {
                    rowErrors.Add("phone", $"手机号与第 {first} 行重复。");
                }
                else
                {
                    phones[fresh.Phone] = row.Row;
                }

                if (!DivisionCodes.IsWithin(fresh.DivisionCode, congress.DivisionCode) || !mayManage(fresh.DivisionCode))
                {
                    rowErrors.Add("divisionCode", "行政区划应在本届人大所在区划之内，且在本人管理范围之内。");
                }

                var group = Text.Optional(row.Group, "group", "代表小组", DeputyGroup.MaxNameLength, rowErrors);
                DeputyGroup? joined = null;
                if (group is not null && !groups.TryGetValue(group, out joined))
                {
                    rowErrors.Add("group", "代表小组不存在，请先建立。");
                }

                if (!rowErrors.Any)
                {
                    var deputy = known.GetValueOrDefault(fresh.Phone);
                    if (deputy is not null && !mayManage(deputy.DivisionCode))
                    {
                        rowErrors.Add("phone", "该手机号已登记为其他区划的代表。");
                    }
                    else
                    {
                        plan.Take(congress, deputy ?? fresh, isNew: deputy is null, input.Constituency, joined, now, rowErrors);
                    }
                }
            }

            foreach (var (field, messages) in rowErrors.ByField)
            {
                var column = ColumnOf(field);
                errors.Add($"{column}{row.Row}", $"第 {row.Row} 行 {column} 列（{Columns[column[0] - 'A'].Header}）：{messages[0]}");
            }
        }

        return errors.Any ? Outcome<RollPlan>.Invalid(errors) : Outcome<RollPlan>.Made(plan);
    }

    private static DeputyInput ToInput(Congress congress, RollRow row, DomainErrors errors)
    {
        var gender = row.Gender?.Trim() switch
        {
            "男" => Genders.Male,
            "女" => Genders.Female,
            var other => other,
        };
        DateOnly? birthDate = null;
        if (!string.IsNullOrWhiteSpace(row.BirthDate))
        {
            if (DateOnly.TryParseExact(row.BirthDate.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                birthDate = parsed;
            }
            else
            {
                errors.Add("birthDate", "出生日期应写作 1980-05-01。");
            }
        }

        Guid? stationId = null;
        if (!string.IsNullOrWhiteSpace(row.StationId))
        {
            if (Guid.TryParse(row.StationId.Trim(), out var parsed))
            {
                stationId = parsed;
            }
            else
            {
                errors.Add("stationId", "联络站编号无效，应从联络站页面复制。");
            }
        }

        var division = string.IsNullOrWhiteSpace(row.DivisionCode) ? congress.DivisionCode : row.DivisionCode.Trim();
        return new DeputyInput(
            row.Name, division, gender, row.Ethnicity, birthDate, row.Phone, row.Occupation, row.Constituency, stationId, row.StationName);
    }
}
