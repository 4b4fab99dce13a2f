namespace RenminDaibiao.Stations.Domain;

/// <summary>Who did something, kept with every step: an account (staff, deputy, unit) or an anonymous citizen.</summary>
public sealed record Actor(Guid? Id, string Name, string Role)
{
    public static Actor Citizen { get; } = new(null, "群众", "citizen");

    public static Actor System { get; } = new(null, "系统", "system");
}
