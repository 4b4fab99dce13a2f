namespace Microsoft.Extensions.Hosting;

/// <summary>Names of the platform's own activity sources and meters, which telemetry picks up by prefix.</summary>
public static class Telemetry
{
    public const string SourcePrefix = "RenminDaibiao.";
    public const string MeterPrefix = "RenminDaibiao.";
}
