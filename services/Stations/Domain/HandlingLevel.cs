namespace RenminDaibiao.Stations.Domain;

/// <summary>The level that handles an opinion (分级办理).</summary>
public enum HandlingLevel
{
    Village,
    Township,
    County,
    City,
}
