using RenminDaibiao.Primitives;

namespace RenminDaibiao.Portal.Platform;

/// <summary>How the portal writes instants for people: China time, Chinese date order.</summary>
public static class Display
{
    public static string DateTime(DateTimeOffset instant) => ChinaTime.ToChina(instant).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset? instant) => instant is { } value ? DateTime(value) : "—";

    public static string Date(DateTimeOffset instant) => ChinaTime.ToChina(instant).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
}
