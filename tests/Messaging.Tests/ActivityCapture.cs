using System.Diagnostics;

namespace RenminDaibiao.Messaging.Tests;

/// <summary>Makes the relay's and MassTransit's activity sources record, as OpenTelemetry would in a service.</summary>
internal sealed class ActivityCapture : IDisposable
{
    private readonly ActivityListener listener = new()
    {
        ShouldListenTo = source => source.Name is MessagingDiagnostics.ActivitySourceName or MessagingDiagnostics.MassTransitActivitySourceName,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    public ActivityCapture() => ActivitySource.AddActivityListener(listener);

    public void Dispose() => listener.Dispose();

    /// <summary>Stands for the incoming request during which a service raises an event.</summary>
    public static Activity StartRequest() => new Activity("test request").SetIdFormat(ActivityIdFormat.W3C).Start();
}
