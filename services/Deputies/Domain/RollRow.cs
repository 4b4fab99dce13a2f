namespace RenminDaibiao.Deputies.Domain;

/// <summary>One row of an imported roll (代表名册), as the spreadsheet gives it: text, not yet checked.</summary>
public sealed record RollRow(
    int Row,
    string? Name,
    string? Gender,
    string? Ethnicity,
    string? BirthDate,
    string? Phone,
    string? Occupation,
    string? Constituency,
    string? Group,
    string? StationName,
    string? StationId,
    string? DivisionCode);
