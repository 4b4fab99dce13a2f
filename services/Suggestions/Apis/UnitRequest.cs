namespace RenminDaibiao.Suggestions.Apis;

public sealed record UnitRequest(string? Code, string? Name, string? DivisionCode, string? ContactPerson, bool? Active);
