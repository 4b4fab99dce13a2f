using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace RenminDaibiao.TestSupport;

/// <summary>
/// The measurements of one meter of one in-process service, as the OpenTelemetry exporter would read them:
/// counters summed, gauges at their last observation. Meters of the same name from another host's factory are left out.
/// </summary>
public sealed class RecordedMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _sums = new();
    private readonly ConcurrentDictionary<string, long> _lastObserved = new();

    /// <summary>The meter <paramref name="meterName"/> that the host's <see cref="IMeterFactory"/> created.</summary>
    public RecordedMetrics(IServiceProvider services, string meterName)
        : this(meterName, services.GetRequiredService<IMeterFactory>())
    {
    }

    /// <summary>A process-wide meter <paramref name="meterName"/>, created with <c>new Meter(…)</c> outside any host.</summary>
    public RecordedMetrics(string meterName)
        : this(meterName, scope: null)
    {
    }

    private RecordedMetrics(string meterName, object? scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && instrument.Meter.Scope == scope)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Record(instrument, value));
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument, value));
        _listener.Start();
    }

    public long Sum(string instrument) => _sums.GetValueOrDefault(instrument);

    /// <summary>Observes every observable instrument now and answers the gauge's value, or null when it has none yet.</summary>
    public long? Observe(string instrument)
    {
        _lastObserved.TryRemove(instrument, out _);
        _listener.RecordObservableInstruments();
        return _lastObserved.TryGetValue(instrument, out var value) ? value : null;
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, long value)
    {
        if (instrument.IsObservable)
        {
            _lastObserved[instrument.Name] = value;
        }
        else
        {
            _sums.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
        }
    }
}
