namespace RenminDaibiao.Stations.Domain;

/// <summary>What kind of reception a roster entry is.</summary>
public enum ReceptionKind
{
    /// <summary>A regular reception day (接待日), e.g. 周三进站日.</summary>
    Regular,

    /// <summary>A themed reception (主题接待), e.g. on housing or rural roads.</summary>
    Themed,

    /// <summary>An official visiting the station (局长进站).</summary>
    OfficialVisit,
}
