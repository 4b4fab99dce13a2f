using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>The five levels of people's congresses (五级人大).</summary>
public static class CongressLevels
{
    public const int MaxLength = 16;

    public const string National = "national";
    public const string Provincial = "provincial";
    public const string City = "city";
    public const string County = "county";
    public const string Township = "township";

    /// <summary>From the most local to the highest.</summary>
    public static IReadOnlyList<string> All { get; } = [Township, County, City, Provincial, National];

    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [National] = "全国人大代表",
        [Provincial] = "省人大代表",
        [City] = "市人大代表",
        [County] = "县（区）人大代表",
        [Township] = "乡镇人大代表",
    };

    public static bool IsValid(string? level) => level is not null && All.Contains(level);

    /// <summary>Lower is more local: township 0 … national 4.</summary>
    public static int Rank(string level)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == level)
            {
                return i;
            }
        }

        return All.Count;
    }

    /// <summary>Whether a congress of <paramref name="level"/> can sit in the division <paramref name="divisionCode"/>.</summary>
    public static bool FitsDivision(string level, string divisionCode) => level switch
    {
        National => divisionCode == "100000",
        Provincial => divisionCode != "100000" && DivisionCodes.LevelOf(divisionCode) == DivisionLevel.Province,
        City => DivisionCodes.LevelOf(divisionCode) == DivisionLevel.City,
        County => DivisionCodes.LevelOf(divisionCode) == DivisionLevel.County,
        Township => DivisionCodes.LevelOf(divisionCode) == DivisionLevel.Township,
        _ => false,
    };
}
