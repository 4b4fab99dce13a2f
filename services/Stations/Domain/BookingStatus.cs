namespace RenminDaibiao.Stations.Domain;

public enum BookingStatus
{
    Booked,
    Cancelled,
}
