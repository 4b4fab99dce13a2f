namespace RenminDaibiao.Stations.Domain;

/// <summary>The level that handles an opinion (分级办理).</summary>
public enum HandlingLevel
{
    Village,
    Township,
    County,
    City,
}

public static class HandlingLevelNames
{
    /// <summary>How the level reads in an opinion's steps, which staff and citizens read.</summary>
    public static string Chinese(this HandlingLevel level) => level switch
    {
        HandlingLevel.Village => "村（社区）",
        HandlingLevel.Township => "乡镇（街道）",
        HandlingLevel.County => "县（区）",
        HandlingLevel.City => "市",
        _ => level.ToString(),
    };
}
