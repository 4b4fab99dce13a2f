namespace RenminDaibiao.Notifications.Tests;

internal static class TestEvents
{
    /// <summary>A unique handling-unit code, so tests never see each other's messages.</summary>
    public static string NewUnitCode() => "411302-T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>A county code nobody else uses in this run, for role recipients.</summary>
    public static string NewCountyCode() => "4199" + Random.Shared.Next(10, 99).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
