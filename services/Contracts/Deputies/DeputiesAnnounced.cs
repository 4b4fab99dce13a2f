namespace RenminDaibiao.Contracts.Deputies;

/// <summary>
/// A whole roll announced at once (the demo's at start-up): each deputy as they stand, with the congresses they serve
/// in. Stations fills its replica from it in one go instead of from thousands of single events.
/// </summary>
public sealed record DeputiesAnnounced(IReadOnlyList<AnnouncedDeputy> Deputies) : IntegrationEvent;

/// <summary>One deputy of <see cref="DeputiesAnnounced"/>.</summary>
public sealed record AnnouncedDeputy(Guid DeputyId, string Name, string DivisionCode, Guid? StationId, IReadOnlyList<Guid> ServingCongressIds);
