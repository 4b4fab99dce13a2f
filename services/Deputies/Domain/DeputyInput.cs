namespace RenminDaibiao.Deputies.Domain;

/// <summary>What a client sends to register or change a deputy.</summary>
public sealed record DeputyInput(
    string? Name,
    string? DivisionCode,
    string? Gender,
    string? Ethnicity,
    DateOnly? BirthDate,
    string? Phone,
    string? Occupation,
    string? Constituency,
    Guid? StationId,
    string? StationName);
