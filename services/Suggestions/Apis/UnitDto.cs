using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

public sealed record UnitDto(string Code, string Name, string DivisionCode, string? ContactPerson, bool Active)
{
    public static UnitDto From(HandlingUnit unit) => new(unit.Code, unit.Name, unit.DivisionCode, unit.ContactPerson, unit.Active);
}
