using System.Globalization;
using System.Text;

namespace RenminDaibiao.Benchmarks;

/// <summary>One scenario's figures: how long the writer took and how long until every event was consumed.</summary>
internal sealed record Measurement(string Scenario, int Events, TimeSpan Written, TimeSpan Delivered)
{
    public double EventsPerSecond => Events / Delivered.TotalSeconds;

    /// <summary>A table with each scenario's throughput next to its ratio to the first (the baseline).</summary>
    public static string Table(IReadOnlyList<Measurement> measurements)
    {
        var baseline = measurements[0].EventsPerSecond;
        var width = measurements.Max(m => m.Scenario.Length);
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| {"scenario".PadRight(width)} | events | written (s) | all consumed (s) | events/s | vs baseline |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| {new string('-', width)} | -----: | ----------: | ---------------: | -------: | ----------: |");
        foreach (var m in measurements)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {m.Scenario.PadRight(width)} | {m.Events,6} | {m.Written.TotalSeconds,11:0.00} | {m.Delivered.TotalSeconds,16:0.00} | {m.EventsPerSecond,8:0} | {m.EventsPerSecond / baseline,10:0.00}x |");
        }

        return table.ToString();
    }
}
