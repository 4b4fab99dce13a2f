using System.Text.RegularExpressions;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Suggestions.Domain;

/// <summary>A handling unit (承办单位): a government department identified by the code its accounts carry in the "unit" claim.</summary>
public sealed partial class HandlingUnit : IDivisionScoped
{
    /// <summary>A nine-digit division code, '-' and up to 20 letters or digits (<see cref="CodePattern"/>).</summary>
    public const int MaxCodeLength = UnitCodes.MaxLength;
    public const int MaxNameLength = 100;
    public const int MaxContactPersonLength = 50;

    private HandlingUnit()
    {
        Code = "";
        Name = "";
        DivisionCode = "";
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string DivisionCode { get; private set; }

    public string? ContactPerson { get; private set; }

    public bool Active { get; private set; }

    public static Outcome<HandlingUnit> Register(string? code, string? name, string? divisionCode, string? contactPerson)
    {
        var errors = new DomainErrors();
        if (code is { Length: > MaxCodeLength })
        {
            errors.Add("code", $"单位代码不能超过 {MaxCodeLength} 个字符。");
        }
        else if (code is null || !CodePattern().IsMatch(code))
        {
            errors.Add("code", "单位代码格式应为“行政区划代码-字母缩写”，如 411300-JTJ。");
        }
        else if (DivisionCodes.IsValid(divisionCode) && !code.StartsWith(divisionCode + "-", StringComparison.Ordinal))
        {
            errors.Add("code", "单位代码应以所属行政区划代码开头。");
        }

        DivisionCodes.Require(divisionCode, errors);

        ValidateDetails(name, contactPerson, errors);
        if (errors.Any)
        {
            return Outcome<HandlingUnit>.Invalid(errors);
        }

        return Outcome<HandlingUnit>.Made(new HandlingUnit
        {
            Code = code!,
            Name = name!.Trim(),
            DivisionCode = divisionCode!,
            ContactPerson = contactPerson?.Trim() is { Length: > 0 } c ? c : null,
            Active = true,
        });
    }

    /// <summary>Changes the details; the code and the division are the unit's identity and stay as registered.</summary>
    public Outcome Change(string? code, string? divisionCode, string? name, string? contactPerson, bool active)
    {
        var errors = new DomainErrors();
        if (code is not null && code != Code)
        {
            errors.Add("code", "单位代码不能修改。");
        }

        if (divisionCode is not null && divisionCode != DivisionCode)
        {
            errors.Add("divisionCode", "承办单位所属行政区划不能修改。");
        }

        ValidateDetails(name, contactPerson, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        Name = name!.Trim();
        ContactPerson = contactPerson?.Trim() is { Length: > 0 } c ? c : null;
        Active = active;
        return Outcome.Done;
    }

    private static void ValidateDetails(string? name, string? contactPerson, DomainErrors errors)
    {
        Text.Required(name, "name", "单位名称", MaxNameLength, errors);
        Text.Optional(contactPerson, "contactPerson", "联系人", MaxContactPersonLength, errors);
    }

    [GeneratedRegex(@"^\d{6}(\d{3})?-[A-Z0-9]{2,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
