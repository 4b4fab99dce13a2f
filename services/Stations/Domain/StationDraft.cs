namespace RenminDaibiao.Stations.Domain;

/// <summary>What a client sends to create or change a station.</summary>
public sealed record StationDraft(
    string? Name,
    StationTier? Tier,
    Guid? ParentId,
    string? DivisionCode,
    string? Address,
    string? OpeningHours,
    string? Phone,
    SixHas? SixHas,
    IReadOnlyList<DeputyDraft>? Deputies);
