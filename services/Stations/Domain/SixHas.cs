namespace RenminDaibiao.Stations.Domain;

/// <summary>The "六有" standard: a sign, a place, rules on the wall, a work plan, activity records and an archive.</summary>
public sealed record SixHas(bool Sign, bool Place, bool Rules, bool Plan, bool Records, bool Archive)
{
    public static SixHas None { get; } = new(false, false, false, false, false, false);

    public bool Complete => Sign && Place && Rules && Plan && Records && Archive;
}
