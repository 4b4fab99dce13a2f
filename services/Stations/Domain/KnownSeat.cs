namespace RenminDaibiao.Stations.Domain;

/// <summary>A replicated seat: one congress, and whether the deputy serves in it (serving, resigned, removed).</summary>
public sealed class KnownSeat(Guid congressId, string status)
{
    public const string Serving = "serving";

    public Guid CongressId { get; private set; } = congressId;

    public string Status { get; private set; } = status;
}
