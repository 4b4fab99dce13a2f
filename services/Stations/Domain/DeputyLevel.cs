namespace RenminDaibiao.Stations.Domain;

/// <summary>The five levels of deputies (五级代表).</summary>
public enum DeputyLevel
{
    National,
    Provincial,
    City,
    County,
    Township,
}
