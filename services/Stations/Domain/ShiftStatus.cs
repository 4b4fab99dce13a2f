namespace RenminDaibiao.Stations.Domain;

public enum ShiftStatus
{
    Open,
    Assigned,
    Served,
}
