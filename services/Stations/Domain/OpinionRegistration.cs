using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>What is known about a new opinion when it is registered.</summary>
public sealed record OpinionRegistration(
    OpinionChannel? Channel,
    string? DivisionCode,
    Guid? StationId,
    Guid? DeputyId,
    string? DeputyName,
    string? Content,
    string? Category,
    string? CitizenName,
    string? CitizenPhone,
    string? CitizenIdNumber,
    IReadOnlyList<ImageUpload>? Images);
