namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>Limits of the public (anonymous) forms, section Stations:PublicRateLimits.</summary>
public sealed class PublicRateLimitOptions
{
    public const string SectionName = "Stations:PublicRateLimits";

    public int PerIp { get; set; } = 5;

    public TimeSpan IpWindow { get; set; } = TimeSpan.FromMinutes(10);

    public int PerPhone { get; set; } = 3;

    public TimeSpan PhoneWindow { get; set; } = TimeSpan.FromDays(1);
}
