using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>Business metrics of the stations service, exported next to the runtime ones: citizens' opinions still open.</summary>
public static class StationsMetrics
{
    public const string MeterName = Telemetry.MeterPrefix + "Stations";
    public const string OpinionsOpenInstrument = "stations.opinions_open";

    public static void AddTo(IServiceCollection services) =>
        services.AddDatabaseCountGauge<StationsContext>(
            MeterName, OpinionsOpenInstrument, "Citizens' opinions not yet answered (Opinion.IsOpen)",
            // Platform-wide, whatever a caller's division scope would filter.
            (db, _, ct) => db.Opinions.IgnoreQueryFilters()
                .CountAsync(opinion => opinion.Status != OpinionStatus.Answered && opinion.Status != OpinionStatus.Rated, ct));
}
