namespace RenminDaibiao.Stations.Domain;

/// <summary>A deputy of any level assigned to a station (mixed into it, 混合编组进站).</summary>
public sealed class AssignedDeputy
{
    public AssignedDeputy(Guid deputyId, string name, DeputyLevel? level)
    {
        DeputyId = deputyId;
        Name = name;
        Level = level;
    }

    public Guid DeputyId { get; private set; }

    public string Name { get; private set; }

    public DeputyLevel? Level { get; private set; }
}
