namespace RenminDaibiao.Stations.Domain;

/// <summary>How a citizen's opinion reached the station.</summary>
public enum OpinionChannel
{
    /// <summary>In person at a station (来访).</summary>
    Visit,

    /// <summary>A message left by scanning a deputy's or station's QR code (码上说); may be anonymous.</summary>
    QrMessage,

    /// <summary>Said in a meeting booked with a deputy.</summary>
    BookedMeeting,

    /// <summary>A photo report (随手拍) with pictures.</summary>
    PhotoReport,

    /// <summary>Collected by a grid worker on a home visit (网格走访).</summary>
    GridVisit,
}
