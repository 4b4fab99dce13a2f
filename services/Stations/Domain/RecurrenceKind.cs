namespace RenminDaibiao.Stations.Domain;

public enum RecurrenceKind
{
    /// <summary>Every week on one weekday.</summary>
    Weekly,

    /// <summary>Every month on one day; months without that day are skipped.</summary>
    Monthly,

    /// <summary>A single event on one date.</summary>
    Once,
}
