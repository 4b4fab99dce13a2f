using RenminDaibiao.Primitives;

namespace RenminDaibiao.Portal.Platform;

/// <summary>How the portal writes instants and sizes for people: China time, Chinese date order.</summary>
public static class Display
{
    public static string DateTime(DateTimeOffset instant) => ChinaTime.ToChina(instant).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset? instant) => instant is { } value ? DateTime(value) : "—";

    /// <summary>A file's size as a person reads it: KB below a megabyte, MB above.</summary>
    public static string FileSize(long bytes) => bytes < 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB");

    public static string Date(DateTimeOffset instant) => ChinaTime.ToChina(instant).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
}
