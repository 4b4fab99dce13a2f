using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Infrastructure;

/// <summary>Business metrics of the suggestions service, exported next to the runtime ones: submitted and overdue suggestions.</summary>
public sealed class SuggestionsMetrics
{
    public const string MeterName = Telemetry.MeterPrefix + "Suggestions";
    public const string SubmittedInstrument = "suggestions.submitted";
    public const string OverdueInstrument = "suggestions.overdue";

    private readonly Counter<long> _submitted;

    public SuggestionsMetrics(IMeterFactory meters) =>
        _submitted = meters.Create(MeterName).CreateCounter<long>(SubmittedInstrument, unit: "{suggestion}", description: "Suggestions and motions submitted by their deputies");

    public void Submitted() => _submitted.Add(1);

    public static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<SuggestionsMetrics>();
        services.AddDatabaseCountGauge<SuggestionsContext>(
            MeterName, OverdueInstrument, "Suggestions awaiting an answer past their deadline",
            // Platform-wide, whatever a caller's division scope would filter.
            (db, now, ct) => db.Suggestions.IgnoreQueryFilters().CountAsync(Suggestion.Overdue(now), ct));
    }
}
