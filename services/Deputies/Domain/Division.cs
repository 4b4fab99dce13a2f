using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>An administrative division (行政区划): city → county/district → township/street.</summary>
public sealed class Division : IDivisionScoped
{
    public const int MaxNameLength = 50;

    /// <summary>Room for the longest level name (township).</summary>
    public const int MaxLevelLength = 16;

    private Division(string divisionCode, string name, string? parentCode, string level)
    {
        DivisionCode = divisionCode;
        Name = name;
        ParentCode = parentCode;
        Level = level;
    }

    /// <summary>The GB/T 2260 code; also the key.</summary>
    public string DivisionCode { get; private set; }

    public string Name { get; private set; }

    public string? ParentCode { get; private set; }

    /// <summary>province, city, county or township.</summary>
    public string Level { get; private set; }

    public static string LevelName(string code) => DivisionCodes.LevelOf(code) switch
    {
        DivisionLevel.Province => "province",
        DivisionLevel.City => "city",
        DivisionLevel.County => "county",
        _ => "township",
    };

    /// <summary>
    /// Creates a division. The parent is derived from the code; a given parent code must agree with it,
    /// and the parent must exist unless the division is a root (city or province).
    /// </summary>
    public static Outcome<Division> Create(
        string? code, string? name, string? parentCode, Func<string, bool> exists)
    {
        var errors = new DomainErrors();
        var trimmedName = Text.Required(name, "name", "名称", MaxNameLength, errors);
        string? parent = null;
        if (DivisionCodes.Require(code, errors, "code"))
        {
            parent = DivisionCodes.ParentOf(code!);
            var level = DivisionCodes.LevelOf(code!);
            if (!string.IsNullOrEmpty(parentCode) && parentCode != parent)
            {
                errors.Add("parentCode", $"上级行政区划应为 {parent}。");
            }
            else if (level is DivisionLevel.County or DivisionLevel.Township && (parent is null || !exists(parent)))
            {
                errors.Add("code", $"上级行政区划 {parent} 不存在。");
            }

            if (level is DivisionLevel.City or DivisionLevel.Province && (parent is null || !exists(parent)))
            {
                // A root of this deployment's tree: no parent is kept.
                parent = null;
            }
        }

        return errors.Any
            ? Outcome<Division>.Invalid(errors)
            : Outcome<Division>.Made(new Division(code!, trimmedName!, parent, LevelName(code!)));
    }

    /// <summary>Demo and start-up data: trusted input.</summary>
    public static Division Seed(string code, string name) =>
        new(code, name, DivisionCodes.LevelOf(code) is DivisionLevel.County or DivisionLevel.Township ? DivisionCodes.ParentOf(code) : null, LevelName(code));
}
